package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * Sets {@code inputmode} on a text field's own {@code <input>}, so phones show the right keypad. An attribute on the
 * {@code vaadin-text-field} host is not passed on to the input, so it would do nothing.
 */
public final class InputMode {

    private InputMode() {}

    public static void set(TextField field, String mode) {
        field.addAttachListener(e -> field.getElement()
                .executeJs(
                        """
                        const host = this;
                        let tries = 0;
                        const apply = () => {
                          const input = host.inputElement || host.querySelector('input');
                          if (input) { input.setAttribute('inputmode', $0); }
                          else if (tries++ < 50) { requestAnimationFrame(apply); }
                        };
                        apply();
                        """,
                        mode));
    }
}
