package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The basic pages (issue 14) in a real browser, most of it with JavaScript switched off. */
class BasicPagesBrowserTest extends BrowserTest {

    static Stream<Arguments> basicPagesAtPhoneWidths() {
        return PublicRoutes.BASIC.stream().flatMap(path -> Stream.of(Arguments.of(path, 320), Arguments.of(path, 390)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("basicPagesAtPhoneWidths")
    void basic_page_has_no_serious_or_critical_axe_violations(String path, int width) {
        usePhone(width, true);
        page.navigate(url(path));

        var results = new AxeBuilder(page).withTags(AccessibilityTest.WCAG_TAGS).analyze();

        assertThat(AccessibilityTest.blocking(results.getViolations(), path + " at " + width + " px"))
                .isEmpty();
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("%s scrolls sideways at %d px", path, width)
                .isTrue();
    }

    @Test
    void without_javascript_a_person_searches_opens_a_listing_can_tap_to_call_and_leaves_by_quick_exit() {
        usePhone(390, false);
        page.navigate(url("/basic/search"));
        page.getByLabel("What are you looking for?").fill("crisis cafe");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        // the filter fields left at "Any" come along empty: the search is the same
        page.waitForURL("**/basic/search?q=crisis+cafe**");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("services found")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FIXTURE_NAME))
                .first()
                .click();
        page.waitForURL("**/basic/listing/" + FIXTURE_SLUG);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(FIXTURE_NAME)))
                .isVisible();
        var call = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call " + FIXTURE_PHONE));
        assertThat(call).hasAttribute("href", "tel:01632960123");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 116 123")))
                .hasAttribute("href", "tel:116123");
        screenshot("basic-listing-without-javascript");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exit this page"))
                .click();
        page.waitForURL(NEUTRAL.url());
        assertThat(page).hasTitle(NeutralSite.TITLE);
        assertThat(requests).allSatisfy(u -> assertThat(u)
                .satisfiesAnyOf(r -> assertThat(r).startsWith(url("/")), r -> assertThat(r)
                        .startsWith(NEUTRAL.url())));
    }

    @Test
    void without_javascript_the_crisis_numbers_and_the_crisis_cafes_open_tonight_are_on_the_help_page() {
        usePhone(320, false);
        page.navigate(url("/basic/help"));

        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Urgent help")))
                .isVisible();
        assertThat(page.locator("a[href='tel:116123']").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FIXTURE_NAME)))
                .hasAttribute("href", "/basic/listing/" + FIXTURE_SLUG);
    }

    @Test
    void without_javascript_the_vaadin_home_page_offers_the_basic_search_and_it_finds_the_cafe() {
        usePhone(390, false);
        page.navigate(url("/"));
        page.getByLabel("Search for support").fill("crisis cafe");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Search").setExact(true))
                .click();
        page.waitForURL("**/basic/search?q=crisis+cafe");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FIXTURE_NAME))
                        .first())
                .isVisible();
        screenshot("basic-search-from-the-noscript-form");
    }

    @Test
    void with_javascript_shift_pressed_three_times_leaves_a_basic_page_too() {
        page.navigate(url("/basic/listing/" + FIXTURE_SLUG));
        page.waitForFunction("() => typeof window.nwdQuickExit === 'function'");

        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.keyboard().press("Shift");

        page.waitForURL(NEUTRAL.url());
        assertThat(page).hasTitle(NeutralSite.TITLE);
    }

    @Test
    void a_filter_chosen_without_javascript_is_kept_on_the_next_page_and_in_the_full_version_link() {
        usePhone(390, false);
        page.navigate(url("/basic/search"));
        page.getByText("Filter results").click();
        page.getByLabel("Type of support").selectOption("safe-haven");
        page.getByLabel("Open tonight").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();

        page.waitForURL("**/basic/search?**category=safe-haven**");
        assertThat(page.url()).contains("when=tonight");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Full version of this page"))
                        .first())
                .hasAttribute("href", "/?category=safe-haven&when=tonight");
        assertThat(page.getByLabel("Open tonight")).isChecked();
    }

    private void usePhone(int width, boolean javaScript) {
        context.close();
        context = phone(width, javaScript);
        page = context.newPage();
        requests.clear();
    }
}
