package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.DirectoryFixtures;

class CrisisAndQuickExitTest extends AbstractUiTest {

    private DirectoryFixtures fixtures;

    @AfterEach
    void removeFixtures() {
        if (fixtures != null) {
            fixtures.cleanUp();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "listing/samaritans-helpline",
                "pages/about",
                "pages/privacy",
                "pages/accessibility",
                "pages/staying-safe-online",
                "refer/rethink-self-referral-support",
                "referral-status",
                "feedback",
                "feedback-status"
            })
    void every_public_page_has_need_help_now_and_exit_this_page(String route) {
        UI.getCurrent().navigate(route);
        assertThat(_find(MainLayout.class)).hasSize(1);
        var exit = _get(Button.class, spec -> spec.withText("Exit this page"));
        assertThat(exit.getElement().hasAttribute("data-quick-exit")).isTrue();
        _get(Button.class, spec -> spec.withText("Need help now?"));
    }

    @Test
    void need_help_now_opens_the_crisis_card_with_tap_to_call_links() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Need help now?")));
        var dialog = _get(Dialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.isCloseOnEsc()).isTrue();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("nwd-crisis-link")))
                .extracting(Anchor::getHref)
                .containsExactly("tel:999", "tel:111", "tel:116123", "sms:85258?&body=SHOUT");
        _click(_get(Button.class, spec -> spec.withText("Close")));
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void crisis_card_lists_crisis_cafes_open_tonight() {
        fixtures = new DirectoryFixtures(context);
        fixtures.listing(
                "vellum-cafe", "Vellum Crisis Café", "Always open", "safe-haven", "coventry", l -> l.getSessions()
                        .add(WeeklySession.allDay(EnumSet.allOf(DayOfWeek.class))));
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Need help now?")));
        assertThat(_get(Anchor.class, spec -> spec.withText("Vellum Crisis Café"))
                        .getHref())
                .isEqualTo("listing/vellum-cafe");
    }

    @Test
    void without_crisis_cafe_times_the_card_points_to_nhs_111() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withText("Need help now?")));
        assertThat(_get(Dialog.class).getElement().getTextRecursively())
                .contains("We have no crisis café opening times listed for tonight");
    }
}
