package uk.nowrongdoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * WCAG 2.2 AA checks on every public page: an axe-core scan (no serious or critical violation), lang="en-GB", no
 * sideways scrolling at 320 px, targets of at least 24 × 24 px, and a unique title per page.
 */
class AccessibilityTest extends BrowserTest {

    static final List<String> WCAG_TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice");

    /**
     * Interactive elements with their size. Links inside a sentence are left out: WCAG 2.5.8's inline exception.
     * Elements that are not rendered, and the skip link that only appears on focus, are left out too.
     */
    static final String SMALL_TARGETS =
            """
            () => {
              const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button],'
                + ' [tabindex]:not([tabindex="-1"]), vaadin-button, vaadin-checkbox, vaadin-select,'
                + ' vaadin-text-field, vaadin-integer-field, vaadin-password-field, vaadin-details-summary';
              const inSentence = el => el.tagName === 'A' && getComputedStyle(el).display === 'inline'
                && el.parentElement && el.parentElement.textContent.trim().length > el.textContent.trim().length;
              const small = [];
              const visit = root => {
                for (const el of root.querySelectorAll(selector)) {
                  if (el.closest('[aria-hidden=true]') || !el.checkVisibility({visibilityProperty: true})) continue;
                  if (el.matches('input') && el.parentElement && el.parentElement.tagName.startsWith('VAADIN-')) continue;
                  const r = el.getBoundingClientRect();
                  if (r.right <= 0 || r.bottom <= 0 || r.width <= 1) continue;
                  if (inSentence(el)) continue;
                  if (r.width < 23.5 || r.height < 23.5) {
                    small.push(el.outerHTML.slice(0, 120) + ' is ' + Math.round(r.width) + '×' + Math.round(r.height));
                  }
                }
              };
              visit(document);
              return small;
            }
            """;

    static List<String> routes() {
        return PublicRoutes.all();
    }

    @ParameterizedTest
    @MethodSource("routes")
    void page_has_no_serious_or_critical_axe_violations(String path) {
        openAny(path);
        var results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertThat(blocking(results.getViolations(), path)).isEmpty();
    }

    @Test
    void need_help_now_dialog_has_no_serious_or_critical_axe_violations() {
        open("/");
        page.getByText("Need help now?", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))
                .last()
                .tap();
        page.waitForFunction("() => document.querySelector('vaadin-dialog-overlay[opened]:not([opening])')");
        var results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertThat(blocking(results.getViolations(), "/ with Need help now? open"))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("routes")
    void page_is_in_british_english_and_fits_a_320_pixel_screen_with_24_pixel_targets(String path) {
        context.close();
        context = phone(320, true);
        page = context.newPage();
        openAny(path);

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en-GB");
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as(
                        "%s scrolls sideways at 320 px (scrollWidth %s)",
                        path, page.evaluate("document.documentElement.scrollWidth"))
                .isTrue();
        @SuppressWarnings("unchecked")
        var small = (List<String>) page.evaluate(SMALL_TARGETS);
        assertThat(small).as("targets smaller than 24 × 24 px on %s", path).isEmpty();
        if (path.equals("/")) {
            screenshot("a11y-home-at-320px");
        }
    }

    @Test
    void every_public_page_has_its_own_title() {
        // a basic page (issue 14) is another version of a Vaadin page and may share its title; within each version
        // every page has its own
        for (var version : List.of(
                java.util.stream.Stream.concat(PublicRoutes.VAADIN.stream(), PublicRoutes.STATIC.stream())
                        .toList(),
                PublicRoutes.BASIC)) {
            Map<String, String> titles = new LinkedHashMap<>();
            for (String path : version) {
                if (path.contains("?")) {
                    continue; // a search shows the home page, under the home page's title
                }
                openAny(path);
                titles.put(path, page.title());
            }
            System.out.println("Page titles: " + titles);
            assertThat(titles.values()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t)
                    .isNotBlank());
        }
    }

    private void openAny(String path) {
        if (PublicRoutes.STATIC.contains(path) || PublicRoutes.BASIC.contains(path)) {
            page.navigate(url(path));
        } else {
            open(path);
        }
    }

    /** Prints every violation with its rule and elements; returns the serious and critical ones. */
    static List<String> blocking(List<Rule> violations, String path) {
        var blocking = new ArrayList<String>();
        for (Rule rule : violations) {
            for (var node : rule.getNodes()) {
                String line = String.format(
                        "axe %s on %s: %s (%s) at %s: %s",
                        rule.getImpact(), path, rule.getId(), rule.getHelp(), node.getTarget(), node.getHtml());
                System.out.println(line);
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    blocking.add(line);
                }
            }
        }
        return blocking;
    }
}
