package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer on the first screen of a phone (issue 17), on a small Android screen (360 × 640) and a larger phone (390
 * × 844): after a typed search, a shortcut and a filter change, the first result card starts on screen, focus is on
 * the result count, and the crisis numbers, quick exit and the search box are on the same screen. Prints the figures
 * (strip and header height, first card top) for the closing note.
 */
class FirstScreenTest extends BrowserTest {

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"360, 640", "390, 844"})
    void a_typed_search_shows_the_first_card_on_the_first_screen_with_focus_on_the_count(int width, int height) {
        usePhone(width, height);
        open("/");
        page.getByLabel("What are you looking for?").fill("carers");
        buttonStartingWith("Search").tap();
        page.waitForURL(Pattern.compile(".*q=carers.*"));
        assertAnswerOnFirstScreen("typed-search", width, height);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"360, 640", "390, 844"})
    void a_shortcut_shows_the_first_card_on_the_first_screen_with_focus_on_the_count(int width, int height) {
        usePhone(width, height);
        open("/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Carers").setExact(true))
                .tap();
        page.waitForURL(Pattern.compile(".*category=carers.*"));
        assertAnswerOnFirstScreen("shortcut", width, height);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"360, 640", "390, 844"})
    void a_filter_change_shows_the_first_card_on_the_first_screen_with_focus_on_the_count(int width, int height) {
        usePhone(width, height);
        open("/?q=carers");
        var refine = buttonStartingWith("Refine");
        assertThat(refine).hasAttribute("aria-expanded", "false");
        assertThat(refine).containsText("Nothing set");
        refine.tap();
        assertThat(refine).hasAttribute("aria-expanded", "true");
        page.getByLabel("Area").tap();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*Warwickshire( \\(\\d+\\))?\\s*$")))
                .tap();
        assertThat(page.locator("vaadin-select-overlay[opened]")).hasCount(0);
        buttonStartingWith("Apply filters").tap();
        page.waitForURL(Pattern.compile(".*place=warwickshire.*"));
        assertAnswerOnFirstScreen("filter-change", width, height);
        assertThat(refine).hasAttribute("aria-expanded", "false");
        assertThat(refine).containsText("1 filter");
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"360, 640", "390, 844"})
    void a_listing_shows_its_name_status_and_first_contact_action_on_the_first_screen(int width, int height) {
        usePhone(width, height);
        open("/listing/" + FIXTURE_SLUG);
        assertOnFirstScreen(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(FIXTURE_NAME)), height);
        assertOnFirstScreen(page.locator("main .nwd-status"), height);
        var call = page.locator("main .nwd-contact-link").first();
        assertThat(call).hasText("Call " + FIXTURE_PHONE);
        assertOnFirstScreen(call, height);
        assertShellOnScreen(height);
        System.out.println("FIRST SCREEN listing " + width + "x" + height + ": first contact action bottom "
                + Math.round(call.boundingBox().y + call.boundingBox().height));
        screenshot("17-listing-" + width + "x" + height);
    }

    @Test
    void a_wide_screen_keeps_the_filters_open_beside_the_results() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale("en-GB")
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        page = context.newPage();
        open("/?q=carers");
        assertThat(page.getByLabel("Area")).isVisible();
        assertThat(page.getByLabel("Postcode (optional)")).isVisible();
        assertThat(buttonStartingWith("Refine")).isHidden();
        var panel = page.locator("#nwd-refine-panel").boundingBox();
        var card = page.locator(".nwd-results .nwd-card").first().boundingBox();
        assertThat(panel.x + panel.width)
                .as("filters end before the results start")
                .isLessThanOrEqualTo(card.x);
        assertThat(card.y).as("first card top on a wide screen").isLessThan(800);
        screenshot("17-wide-1280x800");
    }

    private void usePhone(int width, int height) {
        context.close();
        context = phone(width, height, true);
        page = context.newPage();
    }

    private void assertAnswerOnFirstScreen(String journey, int width, int height) {
        waitForVaadin(page);
        var count = page.locator(".nwd-count");
        assertThat(count).hasText(Pattern.compile("\\d+ services? found"));
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('nwd-count')");
        assertThat(count).isFocused();
        assertThat(count).hasAttribute("aria-live", "polite");
        var firstCard = page.locator(".nwd-results .nwd-card").first();
        assertThat(firstCard).isVisible();
        double top = firstCard.boundingBox().y;
        assertThat(top).as("top of the first result card (%s)", journey).isBetween(0.0, height - 1.0);
        // the card's name, the link a person taps, is on screen too
        assertOnFirstScreen(firstCard.locator(".nwd-card-title"), height);
        assertOnFirstScreen(page.getByLabel("What are you looking for?"), height);
        assertShellOnScreen(height);
        @SuppressWarnings("unchecked")
        var figures = (Map<String, Object>)
                page.evaluate(
                        """
                () => ({
                  strip: Math.round(document.querySelector('#nwd-crisis-strip').getBoundingClientRect().height),
                  header: Math.round(document.querySelector('.nwd-header').getBoundingClientRect().height),
                  scrollY: window.scrollY
                })
                """);
        System.out.println("FIRST SCREEN " + journey + " " + width + "x" + height + ": first card top "
                + Math.round(top) + ", crisis strip " + figures.get("strip") + " px, header " + figures.get("header")
                + " px, scrollY " + figures.get("scrollY"));
        screenshot("17-" + journey + "-" + width + "x" + height);
    }

    /** The crisis numbers (every one of them) and quick exit, on screen together. */
    private void assertShellOnScreen(int height) {
        var strip = page.locator("#nwd-crisis-strip");
        assertOnFirstScreen(strip, height);
        for (String href : new String[] {"tel:999", "tel:111", "tel:116123", "sms:85258?&body=SHOUT"}) {
            var link = strip.locator("a[href='" + href + "']");
            assertThat(link).isVisible();
            assertOnFirstScreen(link, height);
        }
        assertOnFirstScreen(buttonStartingWith("Exit this page"), height);
    }

    private static void assertOnFirstScreen(Locator locator, int height) {
        assertThat(locator).isVisible();
        var box = locator.boundingBox();
        assertThat(box.y).as("top of %s", locator).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as("bottom of %s", locator).isLessThanOrEqualTo(height);
    }

    private Locator buttonStartingWith(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^" + name)));
    }
}
