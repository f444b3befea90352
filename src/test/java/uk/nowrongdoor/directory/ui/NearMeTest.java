package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.testsupport.AbstractUiTest;
import uk.nowrongdoor.testsupport.GeoFixture;

class NearMeTest extends AbstractUiTest {

    @Autowired
    GeoFixture fixture;

    @BeforeEach
    void createListings() {
        fixture.createListingsAndImport();
        UI.getCurrent().navigate(HomeView.class);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    private static TextField postcodeField() {
        return _get(TextField.class, spec -> spec.withLabel("Postcode (optional)"));
    }

    private static List<String> cardTexts() {
        return _find(ResultCard.class).stream()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void a_postcode_search_lists_the_nearest_services_first_with_their_distance() {
        _setValue(postcodeField(), "cv5 1aa");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        var cards = cardTexts();
        assertThat(cards.get(0)).contains("Near One").contains("less than 0.1 miles away");
        assertThat(cards.get(1)).contains("Hidden Refuge").contains("1.1 miles away");
        assertThat(cards.get(2)).contains("Far Two").contains("About 3.5 miles away");
    }

    @Test
    void the_distance_filter_keeps_only_services_within_it() {
        _setValue(postcodeField(), "CV5");
        _get(NearMe.class).distance.setValue(2);
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(cardTexts()).hasSize(2);
    }

    @Test
    void a_malformed_postcode_gets_a_message_next_to_the_field_and_no_error_page() {
        _setValue(postcodeField(), "hello");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(postcodeField().isInvalid()).isTrue();
        assertThat(postcodeField().getErrorMessage()).isEqualTo(Gazetteer.MALFORMED);
        assertThat(_find(HomeView.class)).hasSize(1);
    }

    @Test
    void an_unknown_postcode_gets_a_clear_message() {
        _setValue(postcodeField(), "TR1 1AA");
        _click(_get(Button.class, spec -> spec.withText("Search")));
        assertThat(postcodeField().isInvalid()).isTrue();
        assertThat(postcodeField().getErrorMessage()).contains("We don't know where TR1 1AA is yet");
    }

    @Test
    void the_phones_location_sorts_results_by_distance_and_stays_out_of_the_url() {
        _get(NearMe.class).useCoordinates(52.05, -1.0);
        assertThat(cardTexts().get(0)).contains("Far Two");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .isEmpty();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).doesNotContain("52");
    }

    @Test
    void a_sensitive_venue_page_shows_only_the_outward_code() {
        UI.getCurrent().navigate("listing/" + GeoFixture.HIDDEN);
        String text = _get(ListingView.class).getElement().getTextRecursively();
        assertThat(text).contains("CV5").doesNotContain("CV5 1AC").doesNotContain("1 Test Street");
    }
}
