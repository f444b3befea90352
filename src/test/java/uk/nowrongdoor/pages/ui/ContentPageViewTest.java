package uk.nowrongdoor.pages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class ContentPageViewTest extends AbstractUiTest {

    @Test
    void privacy_notice_renders_from_markdown_with_its_title() {
        UI.getCurrent().navigate("pages/privacy");
        var view = _find(ContentPageView.class).get(0);
        assertThat(view.getPageTitle()).endsWith("| No Wrong Door");
        assertThat(_get(Html.class).getInnerHtml()).contains("<h1>");
    }

    @Test
    void privacy_notice_says_it_is_not_finished_while_the_data_controller_is_not_configured() {
        UI.getCurrent().navigate("pages/privacy");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("nwd-warning"))
                        .getText())
                .startsWith("This page is not finished")
                .contains("the data controller (nwd.privacy.controller)");
    }

    @Test
    void a_page_with_nothing_to_configure_has_no_warning() {
        UI.getCurrent().navigate("pages/about");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("nwd-warning")))
                .isEmpty();
    }

    @Test
    void staying_safe_online_explains_quick_exit() {
        UI.getCurrent().navigate("pages/staying-safe-online");
        assertThat(_get(Html.class).getInnerHtml()).containsIgnoringCase("shift");
    }

    @Test
    void unknown_page_is_not_found() {
        UI.getCurrent().navigate("pages/no-such-page");
        assertThat(_find(ContentPageView.class)).isEmpty();
        _get(uk.nowrongdoor.directory.ui.NotFoundView.class);
    }
}
