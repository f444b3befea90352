package uk.nowrongdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.SecuritySetting;
import uk.nowrongdoor.accounts.domain.SecuritySettingRepository;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.testsupport.SoftwareAuthenticator;

/**
 * Passkeys through the real HTTP filter chain, with a software authenticator: registration needs a signed-in member
 * of staff and the CSRF token, and a passkey sign-in gives the same principal as a password, is audited, and honours
 * disabled accounts and the "require a passkey" setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PasskeyHttpTest.WhoAmI.class)
class PasskeyHttpTest {

    /** A staff-only controller that says who is signed in and how. */
    @RestController
    static class WhoAmI {
        @GetMapping("/test-only/who-am-i")
        String whoAmI() {
            StaffPrincipal staff = CurrentUser.require();
            return staff.email() + " " + staff.sortedRoles();
        }
    }

    static final String PASSWORD = "a long staff passphrase";
    static final String ORIGIN = "http://localhost:8080"; // nwd.webauthn.allowed-origins' default
    static final String EMAIL = "lead@example.org";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    SecuritySettingRepository settings;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    HttpClient client;
    String csrfHeader = "X-CSRF-TOKEN";
    String csrfToken = "";

    @BeforeEach
    void account() {
        client = newClient();
        var account = new StaffAccount(EMAIL, "Lead", Instant.now());
        account.setRoles(EnumSet.of(StaffRole.COMPLAINTS_LEAD));
        account.setPartnershipWide(true);
        account.setPasswordHash(encoder.encode(PASSWORD), Instant.now());
        accounts.save(account);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from user_credentials");
        jdbc.update("delete from user_entities");
        settings.deleteAll();
        accounts.deleteAll();
        events.deleteAll();
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a page and keeps its CSRF token, as js/passkeys.js reads it from the meta tags. */
    private void openPage(String path) throws IOException, InterruptedException {
        String html = get(path).body();
        csrfToken = meta(html, "_csrf");
        Matcher header = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"")
                .matcher(html);
        if (header.find()) {
            csrfHeader = header.group(1);
        }
    }

    private HttpResponse<String> postJson(String path, String body, boolean withCsrf)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withCsrf) {
            request.header(csrfHeader, csrfToken);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("meta " + name).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> signInWithPassword() throws IOException, InterruptedException {
        var page = get("/login");
        String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&" + meta(page.body(), "_csrf_parameter")
                + "=" + URLEncoder.encode(meta(page.body(), "_csrf"), StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the password and registers a passkey; returns the user handle the authenticator keeps. */
    private String registerPasskey(SoftwareAuthenticator authenticator) throws Exception {
        assertThat(signInWithPassword().headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        openPage("/staff/passkeys");
        var options = postJson("/webauthn/register/options", "", true);
        assertThat(options.statusCode()).isEqualTo(200);
        JsonNode creation = json.readTree(options.body());
        var registered = postJson(
                "/webauthn/register",
                authenticator.registration(
                        creation.get("challenge").asText(),
                        creation.at("/rp/id").asText(),
                        "Work phone"),
                true);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(json.readTree(registered.body()).get("success").asBoolean()).isTrue();
        return creation.at("/user/id").asText();
    }

    /** A new browser: asks for assertion options, then answers them. */
    private HttpResponse<String> signInWithPasskey(
            SoftwareAuthenticator authenticator, String userHandle, boolean forged) throws Exception {
        client = newClient();
        openPage("/login");
        var options = postJson("/webauthn/authenticate/options", "", true);
        assertThat(options.statusCode()).isEqualTo(200);
        JsonNode request = json.readTree(options.body());
        String challenge = request.get("challenge").asText();
        String rpId = request.get("rpId").asText();
        String body = forged
                ? authenticator.forgedAssertion(challenge, rpId, userHandle)
                : authenticator.assertion(challenge, rpId, userHandle);
        return postJson("/login/webauthn", body, true);
    }

    @Test
    void registration_options_are_refused_to_someone_not_signed_in() throws Exception {
        openPage("/login");
        var response = postJson("/webauthn/register/options", "", true);
        assertThat(response.statusCode()).isIn(400, 401, 403);
        assertThat(response.body()).doesNotContain("challenge");
    }

    @Test
    void registering_a_passkey_without_the_csrf_token_is_refused() throws Exception {
        signInWithPassword();
        openPage("/staff/passkeys");
        assertThat(postJson("/webauthn/register/options", "", false).statusCode())
                .isEqualTo(403);
        assertThat(postJson("/webauthn/register/options", "", true).statusCode())
                .isEqualTo(200);
        assertThat(postJson("/webauthn/register", "{}", false).statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from user_credentials", Integer.class))
                .isZero();
    }

    @Test
    void a_passkey_sign_in_without_the_csrf_token_is_refused() throws Exception {
        var authenticator = new SoftwareAuthenticator(ORIGIN);
        String userHandle = registerPasskey(authenticator);
        client = newClient();
        openPage("/login");
        assertThat(postJson("/webauthn/authenticate/options", "", false).statusCode())
                .isEqualTo(403);
        assertThat(postJson("/login/webauthn", authenticator.assertion("x", "localhost", userHandle), false)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/test-only/who-am-i").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void a_registered_passkey_signs_in_with_the_same_principal_as_a_password_and_is_audited() throws Exception {
        var authenticator = new SoftwareAuthenticator(ORIGIN);
        String userHandle = registerPasskey(authenticator);
        assertThat(events.findAll()).extracting(SecurityEvent::getKind).contains(SecurityEventKind.PASSKEY_ADDED);
        assertThat(jdbc.queryForObject("select label from user_credentials", String.class))
                .isEqualTo("Work phone");

        var response = signInWithPasskey(authenticator, userHandle, false);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("authenticated").asBoolean())
                .isTrue();
        var me = get("/test-only/who-am-i");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).isEqualTo(EMAIL + " [COMPLAINTS_LEAD]");
        assertThat(events.findAll())
                .filteredOn(e -> e.getKind() == SecurityEventKind.SIGN_IN)
                .extracting(SecurityEvent::getDetail)
                .contains("With a passkey");
        assertThat(jdbc.queryForObject("select last_used from user_credentials", java.sql.Timestamp.class))
                .isNotNull();
    }

    @Test
    void an_assertion_signed_with_another_key_is_refused_and_audited() throws Exception {
        var authenticator = new SoftwareAuthenticator(ORIGIN);
        String userHandle = registerPasskey(authenticator);

        var response = signInWithPasskey(authenticator, userHandle, true);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(get("/test-only/who-am-i").statusCode()).isIn(302, 401, 403);
        assertThat(events.findAll())
                .filteredOn(e -> e.getKind() == SecurityEventKind.SIGN_IN_FAILED)
                .extracting(SecurityEvent::getDetail)
                .anySatisfy(detail -> assertThat(detail).startsWith("Passkey"));
    }

    @Test
    void a_passkey_of_a_disabled_account_does_not_sign_in() throws Exception {
        var authenticator = new SoftwareAuthenticator(ORIGIN);
        String userHandle = registerPasskey(authenticator);
        var account = accounts.findByEmail(EMAIL).orElseThrow();
        account.setEnabled(false);
        accounts.save(account);

        assertThat(signInWithPasskey(authenticator, userHandle, false).statusCode())
                .isEqualTo(401);
        assertThat(get("/test-only/who-am-i").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void a_passkey_of_a_locked_account_does_not_sign_in() throws Exception {
        var authenticator = new SoftwareAuthenticator(ORIGIN);
        String userHandle = registerPasskey(authenticator);
        var account = accounts.findByEmail(EMAIL).orElseThrow();
        account.lockUntil(Instant.now().plusSeconds(600));
        accounts.save(account);

        assertThat(signInWithPasskey(authenticator, userHandle, false).statusCode())
                .isEqualTo(401);
    }

    @Test
    void when_passkeys_are_required_a_lead_with_a_passkey_cannot_sign_in_with_the_password_alone() throws Exception {
        var authenticator = new SoftwareAuthenticator(ORIGIN);
        String userHandle = registerPasskey(authenticator);
        requirePasskeys();
        client = newClient();

        var response = signInWithPassword();

        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(get("/test-only/who-am-i").statusCode()).isIn(302, 401, 403);
        assertThat(events.findAll())
                .filteredOn(e -> e.getKind() == SecurityEventKind.SIGN_IN_FAILED)
                .extracting(SecurityEvent::getDetail)
                .contains("PasskeyRequiredException");
        // the passkey still works
        assertThat(signInWithPasskey(authenticator, userHandle, false).statusCode())
                .isEqualTo(200);
        assertThat(get("/test-only/who-am-i").statusCode()).isEqualTo(200);
    }

    @Test
    void when_passkeys_are_required_a_lead_without_one_is_sent_to_add_one_from_staff_endpoints() throws Exception {
        requirePasskeys();
        signInWithPassword();

        var refused = get("/test-only/who-am-i");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/staff/passkeys");

        registerPasskey(new SoftwareAuthenticator(ORIGIN));
        assertThat(get("/test-only/who-am-i").statusCode()).isEqualTo(200);
    }

    @Test
    void without_the_setting_a_password_alone_still_signs_in_a_lead_who_has_a_passkey() throws Exception {
        registerPasskey(new SoftwareAuthenticator(ORIGIN));
        client = newClient();
        assertThat(signInWithPassword().headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        assertThat(get("/test-only/who-am-i").statusCode()).isEqualTo(200);
    }

    private void requirePasskeys() {
        var setting = new SecuritySetting(SecuritySetting.REQUIRE_PASSKEY);
        setting.change(true, Instant.now(), "admin@example.org");
        settings.save(setting);
    }
}
