package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
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
 * Partner journey on a phone: a partner adds a weekly session (Wednesday 19:00 to 21:00) to a listing that only opens
 * on Monday mornings; the public page stays "Closed" until an admin, on another phone, approves the change; then, at
 * the test clock's Wednesday 19:30, the public page says "Open now until 21:00". Own listing and accounts, removed
 * afterwards.
 */
class PartnerTimetableJourneyTest extends BrowserTest {

    private static final String SLUG = "e2e-hillside-peer-group";
    private static final String NAME = "Hillside Peer Group (test fixture)";
    private static final String PARTNER_EMAIL = "e2e-timetable-partner@example.org";
    private static final String ADMIN_EMAIL = "e2e-timetable-admin@example.org";
    private static final String PASSWORD = "correct horse battery staple 43";

    @BeforeEach
    void partnerWithAListing() {
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.save(new Organisation("e2e-hillside-trust", "Hillside Trust"));
            var listing = new Listing(SLUG, organisation, NAME, "A peer support group for the timetable journey.");
            listing.getPlaces().add(places.findBySlug("coventry").orElseThrow());
            listing.setUpdatedAt(NOW.toInstant());
            listing.getSessions()
                    .add(new WeeklySession(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(10, 0), LocalTime.of(12, 0)));
            listings.save(listing);
            accounts.save(staffAccount(PARTNER_EMAIL, "Hillside Editor", StaffRole.PARTNER, PASSWORD, organisation));
            accounts.save(staffAccount(ADMIN_EMAIL, "Journey Admin", StaffRole.ADMIN, PASSWORD));
        });
    }

    @AfterEach
    void removeListingAndAccounts() {
        transactions.executeWithoutResult(status -> {
            accounts.findByEmail(PARTNER_EMAIL).ifPresent(accounts::delete);
            accounts.findByEmail(ADMIN_EMAIL).ifPresent(accounts::delete);
            listings.findBySlug(SLUG).ifPresent(listings::delete);
            listings.flush();
            organisations.findBySlug("e2e-hillside-trust").ifPresent(organisations::delete);
        });
    }

    @Test
    void a_partner_adds_a_weekly_session_and_after_approval_the_public_page_says_open_now_until_its_end() {
        open("/listing/" + SLUG);
        assertThat(page.locator("main .nwd-status")).containsText("Closed");

        signIn(PARTNER_EMAIL, PASSWORD);
        open("/partner/listings");
        link("Opening times: " + NAME).tap();
        page.waitForURL(Pattern.compile(".*/partner/timetable/\\d+"));
        waitForVaadin(page);
        assertThat(page.locator("main")).containsText("Monday 10:00 to 12:00");
        button("Add a session").tap();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Wednesday"))
                .check();
        time("Starts", "19:00");
        time("Ends", "21:00");
        var blocking = new ArrayList<>(axe("timetable editor with the session form open"));
        assertNoSidewaysScrolling();
        screenshot("timetable-1-add-a-session");
        button("Add this session").tap();
        assertThat(page.locator("main")).containsText("Wednesday 19:00 to 21:00");
        button("Send for approval").tap();
        assertThat(page.locator("main")).containsText("Sent. An admin will check these opening times");
        blocking.addAll(axe("timetable editor after sending"));
        screenshot("timetable-2-sent-for-approval");

        open("/listing/" + SLUG);
        // not public before approval
        assertThat(page.locator("main .nwd-status")).containsText("Closed");

        // the admin, on another phone
        var adminPhone = phone(390, true);
        var partnerPage = page;
        page = adminPhone.newPage();
        signIn(ADMIN_EMAIL, PASSWORD);
        open("/admin/moderation");
        assertThat(page.locator("main")).containsText("New: Monday 10:00 to 12:00; Wednesday 19:00 to 21:00");
        blocking.addAll(axe("moderation with a timetable change"));
        screenshot("timetable-3-moderation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the change to " + NAME))
                .tap();
        // the notification sits outside main; the change leaves the queue
        assertThat(page.locator("main")).not().containsText("Wednesday 19:00 to 21:00");
        adminPhone.close();

        page = partnerPage;
        open("/listing/" + SLUG);
        assertThat(page.locator("main .nwd-status")).containsText("Open now until 21:00");
        screenshot("timetable-4-public-page-open-now");
        org.assertj.core.api.Assertions.assertThat(blocking).isEmpty();
    }

    private void time(String label, String value) {
        var field = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label));
        field.fill(value);
        field.press("Enter");
        waitForVaadin(page);
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
