package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;

/**
 * The passkey journey on a phone in real Chromium with a virtual authenticator (Chromium's WebAuthn emulation): a
 * coordinator signs in with a password, adds a passkey on "Sign-in and passkeys" (js/passkeys.js under the real CSP
 * and CSRF), then signs in with it. Its own port, fixed before start, because the allowed origin includes the port.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.devmode.usageStatistics.enabled=false"})
@ActiveProfiles("test")
class PasskeyBrowserTest {

    static final int PORT = freePort();
    static final String EMAIL = "coordinator@example.org";
    static final String PASSWORD = "a long staff passphrase";

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("nwd.webauthn.allowed-origins", () -> "http://localhost:" + PORT);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    SecurityEventRepository events;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;

    @AfterEach
    void cleanUp() {
        if (context != null) {
            context.close();
        }
        jdbc.update("delete from user_credentials");
        jdbc.update("delete from user_entities");
        accounts.deleteAll();
        events.deleteAll();
    }

    @Test
    void a_coordinator_adds_a_passkey_on_a_phone_and_then_signs_in_with_it() {
        var account = new StaffAccount(EMAIL, "Coordinator", Instant.now());
        account.setRoles(EnumSet.of(StaffRole.COORDINATOR));
        account.setPartnershipWide(true);
        account.setPasswordHash(encoder.encode(PASSWORD), Instant.now());
        accounts.save(account);
        context = Chromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setHasTouch(true)
                        .setIsMobile(true)
                        .setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        var cdp = context.newCDPSession(page);
        cdp.send("WebAuthn.enable");
        var authenticator = new JsonObject();
        authenticator.addProperty("protocol", "ctap2");
        authenticator.addProperty("transport", "internal");
        authenticator.addProperty("hasResidentKey", true);
        authenticator.addProperty("hasUserVerification", true);
        authenticator.addProperty("isUserVerified", true);
        authenticator.addProperty("automaticPresenceSimulation", true);
        var args = new JsonObject();
        args.add("options", authenticator);
        cdp.send("WebAuthn.addVirtualAuthenticator", args);

        open(page, "/login");
        page.getByLabel("Email address").fill(EMAIL);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .tap();
        page.waitForURL(url -> !url.contains("/login"));

        open(page, "/staff/passkeys");
        page.getByLabel("Name for the new passkey").fill("Test phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                .tap();
        assertThat(page.locator("main")).containsText("Passkey added.");
        assertThat(page.locator("main h3")).hasText("Test phone");

        // signed out (a new session), same phone and passkey
        context.clearCookies();
        open(page, "/login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))
                .tap();
        page.waitForURL(url -> !url.contains("/login"));
        open(page, "/staff/passkeys");
        assertThat(page.locator("main h1")).hasText("Sign-in and passkeys");
        assertThat(page.locator("main")).containsText("Last used");
        assertThat(events.findAll())
                .filteredOn(e -> e.getKind() == SecurityEventKind.SIGN_IN)
                .extracting(SecurityEvent::getDetail)
                .contains("With a passkey");
    }

    private static void open(Page page, String path) {
        page.navigate("http://localhost:" + PORT + path);
        BrowserTest.waitForVaadin(page);
    }
}
