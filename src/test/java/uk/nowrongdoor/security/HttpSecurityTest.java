package uk.nowrongdoor.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;

/** The real HTTP filter chain: deny by default for controllers, headers, CSRF on sign-in, a new session id. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@Import(HttpSecurityTest.UndeclaredProbe.class)
class HttpSecurityTest {

    /** A controller nobody declared public: it must be for staff only. */
    @RestController
    static class UndeclaredProbe {
        @GetMapping("/test-only/undeclared-probe")
        String probe() {
            return "reached";
        }
    }

    static final String PASSWORD = "a long staff passphrase";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    HttpClient client;

    @BeforeEach
    void client() {
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var account = new StaffAccount("staff@example.org", "Staff", Instant.now());
        account.setRoles(EnumSet.of(StaffRole.COORDINATOR));
        account.setPasswordHash(encoder.encode(PASSWORD), Instant.now());
        accounts.save(account);
    }

    @AfterEach
    void cleanUp() {
        accounts.deleteAll();
        events.deleteAll();
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .orElse("");
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("meta " + name + " in the sign-in page").isTrue();
        return m.group(1);
    }

    private static String form(String... pairs) {
        var out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    @Test
    void public_and_staff_pages_carry_the_content_security_policy_and_the_other_headers() throws Exception {
        for (String path : List.of("/", "/login", "/admin/users", "/staff/passkeys", "/api/openreferral/services")) {
            var response = get(path);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(path)
                    .contains(
                            "default-src 'self'",
                            "frame-ancestors 'none'",
                            "form-action 'self'",
                            "base-uri 'self'",
                            "object-src 'none'")
                    .doesNotContain("http:", "https:", "*");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("no-referrer");
            assertThat(response.headers().firstValue("Permissions-Policy").orElse(""))
                    .as(path)
                    .contains("geolocation=(self)", "camera=()", "microphone=()");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
        }
    }

    @Test
    void the_admin_screens_for_organisations_categories_and_places_carry_the_same_headers() throws Exception {
        for (String path : List.of("/admin/organisations", "/admin/categories", "/admin/places")) {
            var response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .contains("DENY");
            // the Vaadin bootstrap page holds no organisation or tree data; the route check runs after it loads
            assertThat(response.body()).as(path).doesNotContain("Used by", "Partner editors");
        }
    }

    @Test
    void hsts_and_a_secure_session_cookie_are_sent_only_over_https() throws Exception {
        var plain = get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var https = get("/login", "X-Forwarded-Proto", "https");
        assertThat(https.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000");
        assertThat(https.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).contains("Secure", "HttpOnly"));
    }

    @Test
    void signing_in_without_the_csrf_token_is_refused() throws Exception {
        get("/login");
        var response = postForm("/login", form("username", "staff@example.org", "password", PASSWORD));

        // refused by the CSRF check (Vaadin sends the refusal back to the sign-in page): still not signed in
        assertThat(response.statusCode()).isIn(302, 403);
        assertThat(get("/test-only/undeclared-probe").statusCode()).isIn(302, 401, 403);
    }

    @Test
    void signing_in_with_the_csrf_token_works_and_changes_the_session_id() throws Exception {
        var page = get("/login");
        String before = sessionCookie(page);
        String token = meta(page.body(), "_csrf");
        String parameter = meta(page.body(), "_csrf_parameter");

        var response =
                postForm("/login", form("username", "staff@example.org", "password", PASSWORD, parameter, token));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String after = sessionCookie(response);
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        assertThat(get("/test-only/undeclared-probe").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_returns_to_sign_in_with_an_error() throws Exception {
        var page = get("/login");
        var response = postForm(
                "/login",
                form(
                        "username",
                        "staff@example.org",
                        "password",
                        "not the password",
                        meta(page.body(), "_csrf_parameter"),
                        meta(page.body(), "_csrf")));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    @Test
    void a_controller_that_nobody_declared_public_needs_a_signed_in_member_of_staff() throws Exception {
        var response = get("/test-only/undeclared-probe");
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(response.body()).doesNotContain("reached");
    }

    @Test
    void a_broken_link_reaches_the_public_page_not_found_and_not_the_staff_sign_in() throws Exception {
        var response = get("/no-such-page/at-all");
        assertThat(response.statusCode()).isNotEqualTo(302);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void among_the_passkey_endpoints_only_those_for_signing_in_are_public() {
        assertThat(java.util.Arrays.stream(SecurityConfig.PUBLIC_PATHS).filter(p -> p.contains("webauthn")))
                .containsExactlyInAnyOrder("/webauthn/authenticate/options", "/login/webauthn");
        assertThat(SecurityConfig.PASSKEY_REGISTRATION_PATHS)
                .containsExactlyInAnyOrder("/webauthn/register", "/webauthn/register/**");
    }

    @Test
    void the_passkey_script_is_served_from_this_site_without_signing_in() throws Exception {
        var script = get("/js/passkeys.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("navigator.credentials.get", "navigator.credentials.create");
    }

    @Test
    void removing_a_passkey_through_spring_s_endpoint_needs_a_signed_in_member_of_staff() throws Exception {
        var page = get("/login");
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webauthn/register/AAAA"))
                        .header("X-CSRF-TOKEN", meta(page.body(), "_csrf"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }

    @Test
    void the_open_referral_api_and_quick_exit_stay_public() throws Exception {
        assertThat(get("/api/openreferral/services").statusCode()).isEqualTo(200);
        var exit = get("/exit");
        assertThat(exit.statusCode()).isIn(302, 303);
        assertThat(exit.headers().firstValue("Location").orElse("")).doesNotContain("/login");
    }

    @Test
    void
            the_only_public_controller_endpoints_are_the_api_quick_exit_the_offline_card_the_error_page_and_the_basic_pages() {
        Set<String> patterns = new TreeSet<>();
        controllers.getHandlerMethods().keySet().forEach(info -> patterns.addAll(info.getPatternValues()));
        var publicMatcher = new org.springframework.util.AntPathMatcher();
        Set<String> publicOnes = new TreeSet<>();
        for (String pattern : patterns) {
            for (String open : SecurityConfig.PUBLIC_PATHS) {
                if (publicMatcher.match(open, pattern) || open.equals(pattern)) {
                    publicOnes.add(pattern);
                }
            }
        }
        // A new public endpoint is a decision: add it to SecurityConfig.PUBLIC_PATHS and here.
        assertThat(publicOnes)
                .allSatisfy(
                        p -> assertThat(p)
                                .matches(
                                        "/exit|/error|/offline\\.html|/api/openreferral(/.*)?|/basic(/.*)?|/sitemap\\.xml|/robots\\.txt"));
        assertThat(patterns).contains("/test-only/undeclared-probe").doesNotContainNull();
        assertThat(Set.copyOf(patterns)).containsAll(publicOnes);
        // Vaadin's own endpoint controller (unused here) is for staff only, like any other
        assertThat(patterns.stream().filter(p -> !publicOnes.contains(p)))
                .containsExactlyInAnyOrder("/test-only/undeclared-probe", "/connect/{endpoint}/{method}");
    }
}
