package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Journeys 1, 2 and 5 on a phone: search to a listing, the crisis café shortcut, the filter panel. */
class SearchJourneysTest extends BrowserTest {

    @Test
    void searching_crisis_cafe_leads_to_a_listing_with_a_tap_to_call_link_and_its_opening_status() {
        open("/");
        page.getByLabel("What are you looking for?").fill("crisis cafe");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .tap();
        var result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FIXTURE_NAME));
        result.tap();
        page.waitForURL("**/listing/" + FIXTURE_SLUG);
        waitForVaadin(page);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(FIXTURE_NAME)))
                .isVisible();
        var call = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call " + FIXTURE_PHONE));
        assertThat(call).hasAttribute("href", "tel:01632960123");
        assertThat(page.locator("main .nwd-status")).hasText("Open now until 23:00");
        screenshot("1-search-to-listing");
    }
}
