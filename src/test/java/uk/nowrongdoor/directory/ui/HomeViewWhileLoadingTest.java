package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.DirectoryReadiness;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.testsupport.AbstractUiTest;

/**
 * The home page's search while the node is not ready (Spring Boot's readiness state, held until first-start loading or
 * an index rebuild is done): "still loading" and the crisis numbers, never "no services found" or the fallback.
 */
class HomeViewWhileLoadingTest extends AbstractUiTest {

    @Autowired
    DirectoryService directory;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    void notReady() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    }

    String count() {
        return _get(H2.class, spec -> spec.withClasses("nwd-count")).getText();
    }

    @Test
    void while_not_ready_a_search_that_would_find_nothing_says_still_loading_with_the_crisis_numbers_and_no_fallback() {
        notReady();

        UI.getCurrent().navigate("", QueryParameters.fromString("q=xqzvbnmw"));

        assertThat(count()).isEqualTo(DirectoryReadiness.LOADING_MESSAGE);
        assertThat(_find(ResultCard.class)).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withText("These may help"))).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withText("Talk to someone now")))
                .isEmpty();
        // no café list either: an empty one would be no truer than "no services found"
        assertThat(_find(H2.class, spec -> spec.withText("Crisis cafés open tonight")))
                .isEmpty();
        // Karibu finds visible components only
        assertThat(_find(Button.class, spec -> spec.withText("Show more results")))
                .isEmpty();
        var notes = _get(SearchNotes.class).getElement().getTextRecursively();
        assertThat(notes).contains("Help right now", "call 999 or go to A&E").doesNotContain("No services found");
        var lines = directory.crisisLines();
        assertThat(lines).isNotEmpty();
        for (CrisisLine line : lines) {
            assertThat(_find(Anchor.class, spec -> spec.withText(line.getAction())))
                    .extracting(Anchor::getHref)
                    .contains(line.href());
        }
    }

    @Test
    void while_not_ready_the_first_page_lists_nothing_rather_than_a_partial_directory() {
        notReady();

        UI.getCurrent().navigate(HomeView.class);

        assertThat(count()).isEqualTo(DirectoryReadiness.LOADING_MESSAGE);
        assertThat(_find(ResultCard.class)).isEmpty();
    }

    @Test
    void
            while_not_ready_need_help_now_shows_every_crisis_number_and_says_cafe_times_are_loading_not_that_none_are_open() {
        notReady();
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withText("Need help now?")));

        var dialog = _get(Dialog.class);
        assertThat(dialog.getElement().getTextRecursively())
                .contains(CrisisDialog.CrisisCard.CAFES_LOADING)
                .doesNotContain("We have no crisis café opening times listed for tonight");
        assertThat(_find(dialog, Anchor.class, spec -> spec.withClasses("nwd-crisis-link")))
                .extracting(Anchor::getHref)
                .containsExactlyElementsOf(
                        directory.crisisLines().stream().map(CrisisLine::href).toList());
    }

    @Test
    void a_page_opened_while_loading_checks_back_and_shows_the_answer_by_itself_once_ready() {
        notReady();
        UI.getCurrent().navigate("", QueryParameters.fromString("q=samaritans"));
        assertThat(count()).isEqualTo(DirectoryReadiness.LOADING_MESSAGE);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(WhenReady.POLL_MS);

        poll();
        assertThat(count()).as("still loading").isEqualTo(DirectoryReadiness.LOADING_MESSAGE);

        ready();
        poll();
        assertThat(count()).matches("\\d+ services? found");
        assertThat(_find(ResultCard.class)).isNotEmpty();
        assertThat(UI.getCurrent().getPollInterval())
                .as("no more checking back")
                .isEqualTo(-1);
    }

    @Test
    void leaving_a_page_opened_while_loading_stops_checking_back() {
        notReady();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(WhenReady.POLL_MS);

        UI.getCurrent().navigate("pages/about");

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void once_ready_the_same_search_shows_the_usual_answer() {
        notReady();
        UI.getCurrent().navigate("", QueryParameters.fromString("q=xqzvbnmw"));
        assertThat(count()).isEqualTo(DirectoryReadiness.LOADING_MESSAGE);
        ready();

        UI.getCurrent().navigate("", QueryParameters.fromString("q=samaritans"));
        assertThat(count()).matches("\\d+ services? found");
        assertThat(_find(ResultCard.class)).isNotEmpty();

        UI.getCurrent().navigate("", QueryParameters.fromString("q=xqzvbnmw"));
        assertThat(count()).startsWith("No services found");
        assertThat(_get(H2.class, spec -> spec.withText("These may help"))).isNotNull();
    }
}
