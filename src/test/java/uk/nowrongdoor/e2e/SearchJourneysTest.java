package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Journeys 1, 2 and 5 on a phone (390 px, touch), and the search journey again at 320 px. */
class SearchJourneysTest extends BrowserTest {

    @Test
    void searching_crisis_cafe_leads_to_a_listing_with_a_tap_to_call_link_and_its_opening_status() {
        open("/");
        page.getByLabel("What are you looking for?").fill("crisis cafe");
        button("Search").tap();
        link(FIXTURE_NAME).tap();
        page.waitForURL("**/listing/" + FIXTURE_SLUG);
        waitForVaadin(page);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(FIXTURE_NAME)))
                .isVisible();
        assertThat(link("Call " + FIXTURE_PHONE)).hasAttribute("href", "tel:01632960123");
        // The fixed clock says 19:30 on a Wednesday; the café is open 18:00 to 23:00 every day.
        assertThat(page.locator("main .nwd-status")).hasText("Open now until 23:00");
        screenshot("1-search-to-listing");
    }

    @Test
    void crisis_cafes_open_tonight_shortcut_lists_the_evening_cafe() {
        open("/");
        link("Crisis cafés open tonight").tap();
        page.waitForURL(Pattern.compile(".*when=tonight.*"));
        waitForVaadin(page);

        assertThat(results()).containsText(FIXTURE_NAME);
        assertThat(results().locator(".nwd-card").filter(new Locator.FilterOptions().setHasText(FIXTURE_NAME)))
                .containsText("Open now until 23:00");
        assertThat(page.locator(".nwd-count")).hasText(Pattern.compile("\\d+ services? found"));
        screenshot("2-crisis-cafes-open-tonight");
    }

    @Test
    void filters_on_a_phone_narrow_the_results_and_the_count_updates() {
        open("/");
        var count = page.locator(".nwd-count");
        String before = count.innerText();

        // near me and the filters fold into one "Refine" row on a phone; its name also says what is set
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Refine")))
                .tap();
        choose("Type of support", "Crisis cafés and safe havens");
        choose("Area", "Coventry");
        button("Apply filters").tap();
        page.waitForURL(Pattern.compile(".*category=safe-haven.*"));
        waitForVaadin(page);

        assertThat(count).not().hasText(before);
        assertThat(count).hasText(Pattern.compile("\\d+ services? found"));
        assertThat(results()).containsText(FIXTURE_NAME);
        assertThat(page.url()).containsPattern("place=coventry($|&)");
        var chosen = page.locator(".nwd-filters vaadin-select vaadin-select-value-button");
        assertThat(chosen.nth(0)).containsText("Crisis cafés and safe havens");
        assertThat(chosen.nth(1)).containsText("Coventry");
        count.scrollIntoViewIfNeeded();
        screenshot("5-filters-on-a-phone");
    }

    @Test
    void search_works_on_a_320_pixel_screen_without_sideways_scrolling() {
        context.close();
        context = phone(320, true);
        page = context.newPage();
        open("/");
        page.getByLabel("What are you looking for?").fill("crisis cafe");
        button("Search").tap();
        assertThat(results()).containsText(FIXTURE_NAME);

        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("page scrolls sideways at 320 px")
                .isTrue();
        screenshot("1-search-at-320px");
    }

    @Test
    void words_as_people_type_them_find_help_put_crisis_options_first_and_never_give_an_empty_page() {
        open("/");
        searchFor("can't sleep, can't stop worrying, I live in Leam");
        var cards = page.locator(".nwd-results .nwd-card");
        assertThat(cards.first()).isVisible();
        assertThat(java.util.stream.IntStream.range(0, 3)
                        .mapToObj(i -> cards.nth(i).innerText())
                        .toList())
                .anySatisfy(text -> assertThat(text).contains("NHS Talking Therapies"));
        assertThat(page.getByText("Showing services in Leamington Spa")).isVisible();
        screenshot("13-feeling-and-place");

        searchFor("I want to end my life");
        var crisis = page.locator(".nwd-crisis-first");
        assertThat(crisis).isVisible();
        assertThat(crisis).containsText("116 123");
        assertThat(cards.first()).containsText(Pattern.compile("Samaritans|Shout|NHS 111"));
        // the crisis card comes before the first result card
        assertThat((Boolean) page.evaluate("() => !!(document.querySelector('.nwd-crisis-first')"
                        + ".compareDocumentPosition(document.querySelector('.nwd-results .nwd-card'))"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING)"))
                .isTrue();
        screenshot("13-risk-first");

        searchFor("xqzvbnmw");
        assertThat(page.locator(".nwd-count")).containsText("No services found");
        assertThat(page.locator(".nwd-fallback")).containsText("Talk to someone now");
        assertThat(page.locator(".nwd-fallback")).containsText("Samaritans");
        screenshot("13-nothing-found-fallback");
    }

    private void searchFor(String words) {
        page.getByLabel("What are you looking for?").fill(words);
        button("Search").tap();
        page.waitForURL(Pattern.compile(".*q=.*"));
        waitForVaadin(page);
    }

    private void choose(String label, String item) {
        page.getByLabel(label).tap();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("(^|\\s)" + item + "( \\(\\d+\\))?\\s*$")))
                .tap();
        assertThat(page.locator("vaadin-select-overlay[opened]")).hasCount(0);
    }

    private Locator results() {
        return page.locator(".nwd-results");
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }
}
