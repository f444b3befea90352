package uk.nowrongdoor.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.referral.service.ReferralFixtures;
import uk.nowrongdoor.testsupport.ReceivingTeams;

/**
 * Base for browser tests: the app on a random port (one Spring context shared by every browser test class), Debian's
 * Chromium driven by Playwright (started once per JVM), a phone-sized page per test, a fixed clock, one fixture
 * crisis café with an evening session, and a local "neutral site" that quick exit lands on (tests never contact the
 * real one).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.devmode.usageStatistics.enabled=false"})
@ActiveProfiles("test")
@Import(BrowserTest.FixedClock.class)
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Wednesday 25 November 2026, 19:30 in Coventry: an evening, so the fixture café is open tonight. */
    static final ZonedDateTime NOW = LocalDateTime.of(2026, 11, 25, 19, 30).atZone(Application.LONDON);

    static final String FIXTURE_SLUG = "e2e-evening-crisis-cafe";
    static final String FIXTURE_NAME = "Evening Crisis Café (test fixture)";
    /** From Ofcom's range reserved for drama, so it can never ring a real person. */
    static final String FIXTURE_PHONE = "01632 960 123";

    static final NeutralSite NEUTRAL = NeutralSite.start();

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ListingRepository listings;

    @Autowired
    CategoryRepository categories;

    @Autowired
    PlaceRepository places;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    BrowserContext context;
    Page page;
    /** Every URL the current page's browser context asked for, in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void quickExitLandsOnTheLocalNeutralSite(DynamicPropertyRegistry registry) {
        registry.add("nwd.quick-exit-url", NEUTRAL::url);
    }

    @BeforeAll
    static void startChromium() {
        browser = Chromium.browser();
    }

    @BeforeEach
    void openPhone() {
        createFixtureCafeOnce();
        context = phone(390, true);
        page = context.newPage();
    }

    @AfterEach
    void closePhone() {
        if (context != null) {
            context.close();
        }
    }

    /** A new phone-sized browser context that records every request it makes. */
    BrowserContext phone(int width, boolean javaScript) {
        return phone(width, 844, javaScript);
    }

    /** A phone of the given screen size (CSS pixels) that records every request it makes. */
    BrowserContext phone(int width, int height, boolean javaScript) {
        var options = new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setHasTouch(true)
                .setIsMobile(true)
                .setLocale("en-GB")
                .setJavaScriptEnabled(javaScript)
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK);
        return record(browser.newContext(options));
    }

    /** Like {@link #phone} but lets the app's service worker install. */
    BrowserContext phoneWithServiceWorkers() {
        var options = new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setHasTouch(true)
                .setIsMobile(true)
                .setLocale("en-GB")
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW);
        return record(browser.newContext(options));
    }

    private BrowserContext record(BrowserContext browserContext) {
        browserContext.setDefaultTimeout(20_000);
        browserContext.onRequest(request -> requests.add(request.url()));
        return browserContext;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a route and waits until Vaadin has rendered it and has no request in flight. */
    void open(String path) {
        page.navigate(url(path));
        waitForVaadin(page);
    }

    /** A staff account (not saved yet) with one role, signing in with this password, member of these organisations. */
    StaffAccount staffAccount(String email, String name, StaffRole role, String password, Organisation... memberOf) {
        var account = new StaffAccount(email, name, NOW.toInstant());
        account.setRoles(EnumSet.of(role));
        account.setOrganisations(Set.of(memberOf));
        account.setPasswordHash(encoder.encode(password), NOW.toInstant());
        return account;
    }

    /** Signs in on the current page's phone through the sign-in form, and waits for the screen it leads to. */
    void signIn(String email, String password) {
        open("/login");
        page.getByLabel("Email address").fill(email);
        var field = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
        field.fill(password);
        field.press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin(page);
    }

    static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
                + " && document.querySelector('main') !== null");
    }

    /** Keeps the screen a reviewer should look at: target/screenshots/{name}.png. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private void createFixtureCafeOnce() {
        // the self-referral journeys need Rethink's listing to offer the form: someone there receives referrals
        ReceivingTeams.ensure(applicationContext, ReferralFixtures.ACCEPTING_ORGANISATION);
        if (listings.findBySlug(FIXTURE_SLUG).isPresent()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.save(new Organisation("e2e-fixture-trust", "Fixture Trust"));
            var cafe = new Listing(
                    FIXTURE_SLUG,
                    organisation,
                    FIXTURE_NAME,
                    "A crisis café for the browser tests: a calm place to talk in the evening.");
            cafe.getCategories().add(categories.findBySlug("safe-haven").orElseThrow());
            cafe.getPlaces().add(places.findBySlug("coventry").orElseThrow());
            cafe.getAccess().add(AccessMethod.DROP_IN);
            cafe.getDelivery().add(DeliveryMode.IN_PERSON);
            cafe.setFree(true);
            cafe.setPhone(FIXTURE_PHONE);
            cafe.setSource("Browser test fixture");
            cafe.setUpdatedAt(NOW.toInstant());
            cafe.getSessions()
                    .add(new WeeklySession(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0), LocalTime.of(23, 0)));
            listings.save(cafe);
        });
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW.toInstant(), Application.LONDON);
        }
    }

    /** A stand-in for the neutral site quick exit sends people to, served on another origin (127.0.0.1). */
    record NeutralSite(HttpServer server) {

        static final String TITLE = "Weather forecast";

        static NeutralSite start() {
            try {
                var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] body = ("<!DOCTYPE html><html lang=\"en-GB\"><head><title>" + TITLE
                                + "</title></head><body><h1>Weather</h1><p>Sunny spells.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                server.createContext("/", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    try (var out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.start();
                return new NeutralSite(server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/weather";
        }
    }

    /** The page fits the phone's width: nothing scrolls sideways. */
    protected void assertNoSidewaysScrolling() {
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling")
                .isTrue();
    }

    /** axe-core on the page as it is now: the serious and critical violations, each named with the state. */
    protected java.util.List<String> axe(String state) {
        waitForVaadin(page);
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(AccessibilityTest.WCAG_TAGS)
                .analyze();
        return AccessibilityTest.blocking(results.getViolations(), state);
    }

    /** The button with exactly this accessible name. */
    protected com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions()
                        .setName(name)
                        .setExact(true));
    }
}
