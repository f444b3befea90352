package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A field people never see or reach (hidden by CSS, out of the tab order, hidden from screen readers) but scripts
 * fill in. Used instead of a CAPTCHA puzzle (WCAG 3.3.8).
 */
public final class Honeypot {

    private Honeypot() {}

    public static TextField field() {
        var field = new TextField("Leave this empty");
        field.addClassName("nwd-hp");
        field.setAutocomplete(Autocomplete.OFF);
        field.getElement().setAttribute("tabindex", "-1");
        field.getElement().setAttribute("aria-hidden", "true");
        return field;
    }
}
