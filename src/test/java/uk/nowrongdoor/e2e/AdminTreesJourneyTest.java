package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.Category;

/**
 * Admin journey on a phone: an admin signs in, looks through organisations, categories and places, and renames a
 * category through its dialog; axe-core scans each screen (and the open dialog) for serious or critical violations.
 * Own account and category, removed afterwards.
 */
class AdminTreesJourneyTest extends BrowserTest {

    private static final String ADMIN_EMAIL = "e2e-trees-admin@example.org";
    private static final String PASSWORD = "correct horse battery staple 44";
    private static final String CATEGORY_SLUG = "e2e-journey-category";
    private static final String CATEGORY = "Journey category (test fixture)";
    private static final String RENAMED = "Renamed journey category";

    @BeforeEach
    void adminAndACategory() {
        transactions.executeWithoutResult(status -> {
            accounts.save(staffAccount(ADMIN_EMAIL, "Trees Admin", StaffRole.ADMIN, PASSWORD));
            categories.save(new Category(CATEGORY_SLUG, CATEGORY, null, 999));
        });
    }

    @AfterEach
    void removeAdminAndCategory() {
        transactions.executeWithoutResult(status -> {
            accounts.findByEmail(ADMIN_EMAIL).ifPresent(accounts::delete);
            categories.findBySlug(CATEGORY_SLUG).ifPresent(categories::delete);
        });
    }

    @Test
    void an_admin_renames_a_category_on_a_phone_and_the_three_admin_screens_pass_axe() {
        signIn(ADMIN_EMAIL, PASSWORD);
        var blocking = new ArrayList<String>();

        open("/admin/organisations");
        assertThat(page.locator("main h1")).hasText("Organisations");
        blocking.addAll(checked("/admin/organisations"));
        screenshot("admin-1-organisations");

        open("/admin/places");
        assertThat(page.locator("main h1")).hasText("Places");
        assertThat(page.locator("main")).containsText("Postcode district CV12");
        blocking.addAll(checked("/admin/places"));
        screenshot("admin-2-places");

        open("/admin/categories");
        assertThat(page.locator("main h1")).hasText("Categories");
        blocking.addAll(checked("/admin/categories"));
        button("Change " + CATEGORY).tap();
        page.waitForFunction("() => document.querySelector('vaadin-dialog-overlay[opened]:not([opening])')");
        blocking.addAll(axe("/admin/categories with a category's dialog open"));
        screenshot("admin-3-category-dialog");
        var name = page.getByLabel("New name", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
        name.fill(RENAMED);
        button("Rename").tap();
        assertThat(page.locator("main")).containsText("Renamed to " + RENAMED + ". Search finds it by the new name.");
        assertThat(button("Change " + RENAMED)).isVisible();
        screenshot("admin-4-category-renamed");

        org.assertj.core.api.Assertions.assertThat(
                        categories.findBySlug(CATEGORY_SLUG).orElseThrow().getName())
                .isEqualTo(RENAMED);
        org.assertj.core.api.Assertions.assertThat(blocking).isEmpty();
    }

    /** The elements that stick out of the phone's width (so the page would scroll sideways), innermost first. */
    private static final String TOO_WIDE =
            """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              return [...document.querySelectorAll('main *')]
                .filter(el => el.getBoundingClientRect().right > width + 0.5 && el.children.length === 0)
                .map(el => el.outerHTML.slice(0, 120) + ' ends at ' + Math.round(el.getBoundingClientRect().right));
            }
            """;

    /** The screen's serious and critical axe violations, its too-small targets and anything that scrolls sideways. */
    private List<String> checked(String path) {
        var problems = new ArrayList<>(axe(path));
        @SuppressWarnings("unchecked")
        var small = (List<String>) page.evaluate(AccessibilityTest.SMALL_TARGETS);
        small.forEach(s -> problems.add("target smaller than 24 px on " + path + ": " + s));
        @SuppressWarnings("unchecked")
        var wide = (List<String>) page.evaluate(TOO_WIDE);
        wide.forEach(w -> problems.add("wider than the phone on " + path + ": " + w));
        return problems;
    }
}
