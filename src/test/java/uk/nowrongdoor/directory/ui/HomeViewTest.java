package uk.nowrongdoor.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class HomeViewTest extends AbstractUiTest {

    @Test
    void home_page_lists_every_seeded_service_and_announces_the_count() {
        UI.getCurrent().navigate(HomeView.class);
        var count = _get(Paragraph.class, spec -> spec.withClasses("nwd-count"));
        assertThat(count.getElement().getAttribute("role")).isEqualTo("status");
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
}
