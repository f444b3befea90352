package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * Partner journey on a phone: a partner marks their crisis café "closed tonight"; the public page shows the notice and
 * the "Crisis cafés open tonight" shortcut no longer lists it (the shared fixture café still shows). Own café and
 * account, removed afterwards, so the other journeys keep their fixture open.
 */
class PartnerNoticeJourneyTest extends BrowserTest {

    private static final String SLUG = "e2e-riverside-night-cafe";
    private static final String NAME = "Riverside Night Café (test fixture)";
    private static final String EMAIL = "e2e-notice-partner@example.org";
    private static final String PASSWORD = "correct horse battery staple 42";

    @BeforeEach
    void partnerWithACafe() {
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.save(new Organisation("e2e-riverside-trust", "Riverside Trust"));
            var cafe = new Listing(SLUG, organisation, NAME, "An evening crisis café for the partner journey.");
            cafe.getCategories().add(categories.findBySlug("safe-haven").orElseThrow());
            cafe.getPlaces().add(places.findBySlug("coventry").orElseThrow());
            cafe.setUpdatedAt(NOW.toInstant());
            cafe.getSessions()
                    .add(new WeeklySession(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0), LocalTime.of(23, 0)));
            listings.save(cafe);
            accounts.save(staffAccount(EMAIL, "Riverside Editor", StaffRole.PARTNER, PASSWORD, organisation));
        });
    }

    @AfterEach
    void removeCafeAndAccount() {
        transactions.executeWithoutResult(status -> {
            accounts.findByEmail(EMAIL).ifPresent(accounts::delete);
            listings.findBySlug(SLUG).ifPresent(listings::delete);
            listings.flush();
            organisations.findBySlug("e2e-riverside-trust").ifPresent(organisations::delete);
        });
    }

    @Test
    void a_partner_marks_the_crisis_cafe_closed_tonight_and_open_tonight_no_longer_lists_it() {
        open("/?category=safe-haven&when=tonight");
        assertThat(page.locator(".nwd-results")).containsText(NAME);

        open("/login");
        page.getByLabel("Email address").fill(EMAIL);
        var password = page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
        password.fill(PASSWORD);
        password.press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        open("/partner/listings");
        assertThat(page.locator("main")).containsText(NAME);
        link("Add a notice: " + NAME).tap();
        page.waitForURL(Pattern.compile(".*/partner/notices/\\d+"));
        waitForVaadin(page);
        // "Closed" and today's date are already chosen: the quickest path is one tap
        button("Publish now").tap();
        assertThat(page.locator("main")).containsText("Closed on Wednesday 25 November.");
        screenshot("partner-1-closed-tonight-published");

        open("/listing/" + SLUG);
        assertThat(page.locator(".nwd-alert")).containsText("Closed on Wednesday 25 November.");
        assertThat(page.locator("main .nwd-status")).containsText("Closed");
        screenshot("partner-2-public-listing-with-notice");

        open("/");
        link("Crisis cafés open tonight").tap();
        page.waitForURL(Pattern.compile(".*when=tonight.*"));
        waitForVaadin(page);
        assertThat(page.locator(".nwd-results")).containsText(FIXTURE_NAME);
        assertThat(page.locator(".nwd-results")).not().containsText(NAME);
        screenshot("partner-3-open-tonight-without-the-closed-cafe");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
