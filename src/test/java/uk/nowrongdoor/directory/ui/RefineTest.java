package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.Near;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.testsupport.AbstractUiTest;

/** The "Refine" row that near me and the filters fold into on a phone: what it says, and when it opens and folds. */
class RefineTest extends AbstractUiTest {

    private static String summary() {
        return _get(Refine.class).summary.getText();
    }

    @Test
    void refine_row_says_nothing_is_set_on_the_empty_home_page_and_starts_folded() {
        UI.getCurrent().navigate(HomeView.class);
        var refine = _get(Refine.class);
        assertThat(summary()).isEqualTo("Nothing set");
        assertThat(refine.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(refine.toggle.getElement().getAttribute("aria-controls")).isEqualTo(Refine.PANEL_ID);
        assertThat(refine.panel.getElement().hasAttribute("data-open")).isFalse();
    }

    @Test
    void refine_row_names_the_opening_times_and_counts_the_other_filters() {
        UI.getCurrent()
                .navigate("", QueryParameters.fromString("q=carers&when=now&category=carers&place=warwickshire"));
        assertThat(summary()).isEqualTo("Open now · 2 filters");
        UI.getCurrent().navigate("", QueryParameters.fromString("when=tonight&when=weekend&free=yes"));
        assertThat(summary()).isEqualTo("Open tonight · Open at the weekend · 1 filter");
        UI.getCurrent().navigate("", QueryParameters.fromString("age=30&access=self_referral&delivery=online"));
        assertThat(summary()).isEqualTo("3 filters");
    }

    @Test
    void refine_row_names_the_postcode_and_distance_the_search_used() {
        UI.getCurrent().navigate("", QueryParameters.fromString("when=now&free=yes"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postcode (optional)")), "cv34");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(summary()).isEqualTo("Near CV34 · Open now · 1 filter");

        _get(NearMe.class).distance.setValue(5);
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(summary()).isEqualTo("Near CV34, within 5 miles · Open now · 1 filter");
    }

    @Test
    void a_postcode_typed_but_not_searched_is_not_in_the_summary() {
        assertThat(Refine.summary(ListingQuery.everything(), "Near CV34")).isEqualTo("Nothing set");
        var withPoint =
                ListingQuery.everything().withTimes(Set.of(TimeFilter.OPEN_NOW)).withNear(Near.point(52.28, -1.58));
        assertThat(Refine.summary(withPoint, "Near your location")).isEqualTo("Near your location · Open now");
    }

    @Test
    void tapping_refine_opens_the_panel_and_applying_a_filter_folds_it_again() {
        UI.getCurrent().navigate(HomeView.class);
        var refine = _get(Refine.class);
        _click(refine.toggle);
        assertThat(refine.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(refine.panel.getElement().hasAttribute("data-open")).isTrue();

        _setValue(_get(Select.class, spec -> spec.withLabel("Type of support")), "carers");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Free services only")), true);
        _click(_get(Button.class, spec -> spec.withText("Apply filters")));
        assertThat(refine.isOpen()).isFalse();
        assertThat(refine.toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(summary()).isEqualTo("2 filters");
    }

    @Test
    void an_unknown_postcode_keeps_the_panel_open_so_its_message_shows() {
        UI.getCurrent().navigate(HomeView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Postcode (optional)")), "TR1 1AA");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(_get(Refine.class).isOpen()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Postcode (optional)"))
                        .isInvalid())
                .isTrue();
    }
}
