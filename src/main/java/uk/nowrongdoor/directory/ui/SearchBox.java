package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import uk.nowrongdoor.directory.domain.ListingQuery;

/** The home page's one box and its Search button, in a search landmark; Enter in the box searches too. */
final class SearchBox extends Div {

    private final TextField field = new TextField("What are you looking for?");

    SearchBox(Runnable onSearch) {
        field.setHelperText("Say it your way, for example: can't sleep, carers in Rugby, crisis café");
        field.setMaxLength(ListingQuery.TEXT_MAX);
        field.setClearButtonVisible(true);
        field.setWidthFull();
        field.getElement().setAttribute("enterkeyhint", "search");
        field.addKeyPressListener(Key.ENTER, e -> onSearch.run());
        var submit = new Button("Search", e -> onSearch.run());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(field, submit);
        addClassName("nwd-search-row");
        getElement().setAttribute("role", "search");
    }

    String getValue() {
        return field.getValue();
    }

    void setValue(String text) {
        field.setValue(text);
    }
}
