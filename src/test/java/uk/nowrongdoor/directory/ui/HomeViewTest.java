package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class HomeViewTest extends AbstractUiTest {

    @Test
    void home_page_lists_every_seeded_service_and_announces_the_count() {
        UI.getCurrent().navigate(HomeView.class);
        var count = _get(H2.class, spec -> spec.withClasses("nwd-count"));
        assertThat(count.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(count.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(count.getText()).matches("\\d+ services found");
        assertThat(_find(ResultCard.class)).hasSize(HomeView.PAGE_SIZE);
    }

    @Test
    void searching_for_samaritans_shows_its_card_first() {
        UI.getCurrent().navigate(HomeView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("What are you looking for?")), "samaritans");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        var cards = _find(ResultCard.class);
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).getElement().getTextRecursively()).contains("Samaritans");
    }

    @Test
    void crisis_cafes_open_tonight_shortcut_filters_by_category_and_time() {
        UI.getCurrent().navigate(HomeView.class);
        var shortcut = _get(RouterLink.class, spec -> spec.withText("Crisis cafés open tonight"));
        assertThat(shortcut.getHref()).contains("category=safe-haven").contains("when=tonight");
        UI.getCurrent().navigate("", QueryParameters.fromString("category=safe-haven&when=tonight"));
        var filters = _get(SearchFilters.class);
        assertThat(filters.category.getValue()).isEqualTo("safe-haven");
        assertThat(filters.times.getValue()).containsExactly(TimeFilter.OPEN_TONIGHT);
    }

    @Test
    void choosing_a_category_and_place_updates_the_count_and_the_address() {
        UI.getCurrent().navigate(HomeView.class);
        long before = count();
        _setValue(_get(Select.class, spec -> spec.withLabel("Type of support")), "carers");
        _setValue(_get(Select.class, spec -> spec.withLabel("Area")), "warwickshire");
        _click(_get(Button.class, spec -> spec.withText("Apply filters")));
        long after = count();
        assertThat(after).isPositive().isLessThan(before);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getQueryString())
                .contains("category=carers")
                .contains("place=warwickshire");
        assertThat(_find(ResultCard.class)).hasSize((int) Math.min(after, HomeView.PAGE_SIZE));
    }

    @Test
    void an_impossible_age_shows_a_message_next_to_the_field_and_does_not_search() {
        UI.getCurrent().navigate(HomeView.class);
        var age = _get(IntegerField.class, spec -> spec.withLabel("Your age (optional)"));
        _setValue(age, 400);
        _click(_get(Button.class, spec -> spec.withText("Apply filters")));
        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).contains("0 to 120");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .doesNotContainKey("age");
    }

    @Test
    void shortcuts_sit_above_the_search_on_the_empty_page_and_below_the_results_after_a_search() {
        UI.getCurrent().navigate(HomeView.class);
        var shortcuts = _get(Shortcuts.class);
        assertThat(shortcuts.getParent().flatMap(c -> c.getParent())).containsInstanceOf(HomeView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("What are you looking for?")), "carers");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        var answer = shortcuts.getParent().flatMap(c -> c.getParent()).orElseThrow();
        assertThat(answer.getElement().getClassList()).contains("nwd-answer");
        // after the cards, the count and the "Show more" button
        assertThat(answer.getChildren().toList().indexOf(shortcuts.getParent().orElseThrow()))
                .isEqualTo((int) answer.getChildren().count() - 1);
    }

    @Test
    void show_more_adds_the_next_page_of_cards() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(ResultCard.class)).hasSize(HomeView.PAGE_SIZE);
        _click(_get(Button.class, spec -> spec.withText("Show more results")));
        assertThat(_find(ResultCard.class).size()).isGreaterThan(HomeView.PAGE_SIZE);
    }

    @Test
    void nothing_found_says_so_and_shows_the_crisis_card_and_ways_to_talk_to_someone_now() {
        UI.getCurrent().navigate("", QueryParameters.fromString("q=xqzvbnmw"));
        assertThat(_get(H2.class, spec -> spec.withClasses("nwd-count")).getText())
                .startsWith("No services found")
                .contains("Need help now?");
        assertThat(_get(H2.class, spec -> spec.withText("Help right now"))).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withText("Talk to someone now"))).isNotNull();
        assertThat(_find(ResultCard.class))
                .extracting(c -> c.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Samaritans"));
    }

    @Test
    void a_search_naming_a_risk_shows_the_crisis_card_above_crisis_services() {
        UI.getCurrent().navigate("", QueryParameters.fromString("q=i+want+to+end+my+life"));
        var notes = _get(SearchNotes.class);
        assertThat(notes.getElement().getTextRecursively())
                .contains("Help right now")
                .contains("116 123");
        var first = _find(ResultCard.class).get(0).getElement().getTextRecursively();
        assertThat(first).containsAnyOf("Samaritans", "Shout", "NHS 111");
    }

    @Test
    void a_place_in_the_words_is_said_and_a_misspelling_gets_a_did_you_mean_link() {
        UI.getCurrent().navigate("", QueryParameters.fromString("q=carers+in+Bedworth"));
        assertThat(_get(SearchNotes.class).getElement().getTextRecursively()).contains("Showing services in Bedworth");
        UI.getCurrent().navigate("", QueryParameters.fromString("q=samaritens"));
        var link = _get(RouterLink.class, spec -> spec.withText("samaritans"));
        assertThat(link.getHref()).contains("q=samaritans");
    }

    @Test
    void hand_edited_links_with_nonsense_values_still_search() {
        UI.getCurrent().navigate("", QueryParameters.fromString("category=DROP%20TABLE&age=-4&when=never&access=x"));
        assertThat(count()).isPositive();
    }

    private static long count() {
        String text = _get(H2.class, spec -> spec.withClasses("nwd-count")).getText();
        return text.startsWith("No services") ? 0 : Long.parseLong(text.split(" ")[0]);
    }
}
