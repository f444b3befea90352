package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Reference number and status code, for checking progress without signing in. Fires {@link LookupEvent}. */
public class StatusLookupForm extends Div {

    private final TextField reference = new TextField("Reference number");
    private final TextField code = new TextField("Status code");

    public StatusLookupForm() {
        addClassName("nwd-form");
        reference.setHelperText("For example, NWD-R-7KQ4-M2XD");
        reference.setMaxLength(20);
        reference.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.setHelperText("The 6 letters and numbers shown when you sent your form");
        code.setMaxLength(12);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        var check = new Button("Check status", e -> lookup());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reference, code, check);
    }

    /** The reference from a link; the code is always typed. */
    public void prefill(String ref) {
        reference.setValue(ref.strip().length() <= 20 ? ref.strip() : "");
    }

    void lookup() {
        reference.setInvalid(false);
        code.setInvalid(false);
        if (reference.getValue().isBlank()) {
            reference.setErrorMessage("Enter your reference number");
            reference.setInvalid(true);
        }
        if (code.getValue().isBlank()) {
            code.setErrorMessage("Enter your status code");
            code.setInvalid(true);
        }
        if (!reference.isInvalid() && !code.isInvalid()) {
            fireEvent(new LookupEvent(
                    this, reference.getValue().strip(), code.getValue().strip()));
        }
    }

    public Registration addLookupListener(ComponentEventListener<LookupEvent> listener) {
        return addListener(LookupEvent.class, listener);
    }

    public static class LookupEvent extends ComponentEvent<StatusLookupForm> {
        private final String reference;
        private final String code;

        LookupEvent(StatusLookupForm source, String reference, String code) {
            super(source, false);
            this.reference = reference;
            this.code = code;
        }

        public String reference() {
            return reference;
        }

        public String code() {
            return code;
        }
    }
}
