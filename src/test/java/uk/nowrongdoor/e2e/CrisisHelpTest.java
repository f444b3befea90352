package uk.nowrongdoor.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Journeys 3, 4 and 6: "Need help now?" by keyboard, quick exit, and the crisis numbers without JavaScript. */
class CrisisHelpTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/listing/" + FIXTURE_SLUG, "/pages/about"})
    void need_help_now_opens_by_keyboard_with_visible_focus_and_escape_closes_it(String path) {
        open(path);
        int tabs = 0;
        while (!"Need help now?".equals(focusedText()) && tabs++ < 40) {
            page.keyboard().press("Tab");
        }
        assertThat(focusedText()).as("Tab reaches Need help now?").isEqualTo("Need help now?");
        assertThat((String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle"))
                .as("focus is visible on Need help now?")
                .isNotEqualTo("none");

        page.keyboard().press("Enter");
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        page.waitForFunction("() => !document.querySelector('vaadin-dialog-overlay[opening]')");
        assertThat(dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Samaritans: Call 116 123")))
                .hasAttribute("href", "tel:116123");
        screenshot("3-need-help-now" + path.replace('/', '-'));

        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
    }

    @Test
    void exit_button_lands_on_the_neutral_page_and_back_does_not_return_to_the_listing() {
        open("/listing/" + FIXTURE_SLUG);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exit this page"))
                .tap();
        page.waitForURL(NEUTRAL.url());
        assertThat(page).hasTitle(NeutralSite.TITLE);
        screenshot("4-quick-exit-by-button");

        page.goBack();
        assertThat(page.url()).doesNotContain("/listing");
    }

    @Test
    void shift_pressed_three_times_lands_on_the_neutral_page_and_back_does_not_return_to_the_listing() {
        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Crisis cafés open tonight"))
                .tap();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FIXTURE_NAME))
                .tap();
        page.waitForURL("**/listing/" + FIXTURE_SLUG);
        waitForVaadin(page);

        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.waitForURL(NEUTRAL.url());
        assertThat(page).hasTitle(NeutralSite.TITLE);
        screenshot("4-quick-exit-by-shift");

        page.goBack();
        page.waitForLoadState();
        assertThat(page.url()).doesNotContain("/listing");
    }

    @Test
    void crisis_numbers_are_readable_on_the_home_page_without_javascript() {
        context.close();
        context = phone(390, false);
        page = context.newPage();
        page.navigate(url("/"));

        var strip = page.locator("#nwd-crisis-strip");
        assertThat(strip).isVisible();
        assertThat(strip.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Call 999")))
                .hasAttribute("href", "tel:999");
        // on a phone the strip names Samaritans in the link itself ("Samaritans 116 123")
        assertThat(strip.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("116 123")))
                .hasAttribute("href", "tel:116123");
        assertThat(strip.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Text SHOUT to 85258")))
                .hasAttribute("href", "sms:85258?&body=SHOUT");
        assertThat(strip).containsText("NHS 111");
        assertThat(strip.getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("Exit this page").setExact(true)))
                .isVisible();
        screenshot("6-no-javascript");
    }

    private String focusedText() {
        return (String)
                page.evaluate("() => (document.activeElement && document.activeElement.innerText || '').trim()");
    }
}
