package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.partner.domain.EditSuggestionRepository;
import uk.nowrongdoor.partner.domain.SuggestionStatus;

/**
 * "Suggest an edit" on a phone: a visitor says a listing's phone number is wrong, and the partner who runs it signs in,
 * finds the suggestion with what the visitor wrote, and marks it as being looked at. Own organisation, listing and
 * account, removed afterwards.
 */
class SuggestEditJourneyTest extends BrowserTest {

    private static final String ORGANISATION = "e2e-suggest-trust";
    private static final String SLUG = "e2e-suggest-carers-group";
    private static final String NAME = "Hillside Carers Group (test fixture)";
    private static final String EMAIL = "e2e-suggest-partner@example.org";
    private static final String PASSWORD = "correct horse battery staple 43";
    private static final String WHAT_THEY_WROTE = "The phone number on this page rings a closed office.";

    @Autowired
    EditSuggestionRepository suggestions;

    @BeforeEach
    void partnerWithAListing() {
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.save(new Organisation(ORGANISATION, "Hillside Trust"));
            var listing = new Listing(SLUG, organisation, NAME, "A carers' group for the suggestion journey.");
            listing.getCategories().add(categories.findBySlug("carers").orElseThrow());
            listing.getPlaces().add(places.findBySlug("coventry").orElseThrow());
            listing.setUpdatedAt(NOW.toInstant());
            listings.save(listing);
            accounts.save(staffAccount(EMAIL, "Hillside Editor", StaffRole.PARTNER, PASSWORD, organisation));
        });
    }

    @AfterEach
    void removeListingAndAccount() {
        transactions.executeWithoutResult(status -> {
            accounts.findByEmail(EMAIL).ifPresent(accounts::delete);
            listings.findBySlug(SLUG).ifPresent(listing -> {
                suggestions.deleteAll(suggestions.findAll().stream()
                        .filter(s -> s.getListing().getId().equals(listing.getId()))
                        .toList());
                listings.delete(listing);
            });
            listings.flush();
            organisations.findBySlug(ORGANISATION).ifPresent(organisations::delete);
        });
    }

    @Test
    void a_visitor_says_the_phone_number_is_wrong_and_the_partner_sees_what_they_wrote_and_sets_a_status() {
        open("/listing/" + SLUG);
        link("Suggest an edit to this page").tap();
        page.waitForURL(Pattern.compile(".*/suggest-edit/" + SLUG));
        waitForVaadin(page);
        assertThat(page.locator("main h1")).hasText("Suggest an edit");
        assertNoSidewaysScrolling();
        button("Send suggestion").tap();
        assertThat(page.locator("main")).containsText("Choose what is wrong");

        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions()
                                .setName("The phone number, email or website is wrong")
                                .setExact(true))
                .tap();
        page.getByLabel("What should it say? (optional)").fill(WHAT_THEY_WROTE);
        button("Send suggestion").tap();
        assertThat(page.locator("main")).containsText("Thank you. The people who run " + NAME + " have been told");
        screenshot("suggest-1-sent");

        signIn(EMAIL, PASSWORD);
        open("/partner/suggestions");
        var card = page.locator("main .nwd-card").filter(new Locator.FilterOptions().setHasText(NAME));
        assertThat(card).containsText("The phone number, email or website is wrong");
        assertThat(card).containsText("They wrote: " + WHAT_THEY_WROTE);
        assertThat(card).containsText("No reply wanted.");
        assertNoSidewaysScrolling();
        screenshot("suggest-2-partner-sees-it");

        card.getByLabel("Status").tap();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Being looked at"))
                .tap();
        assertThat(page.locator("vaadin-notification-card")).containsText("Status: Being looked at");
        var stored = transactions.execute(status -> suggestions.findAll().stream()
                .filter(s -> s.getListing().getSlug().equals(SLUG))
                .map(s -> s.getStatus())
                .toList());
        org.assertj.core.api.Assertions.assertThat(stored).containsExactly(SuggestionStatus.IN_HAND);
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
