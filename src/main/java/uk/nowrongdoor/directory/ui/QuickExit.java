package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The quick exit button. {@code /js/quick-exit.js} acts on the click in the browser at once (and on Shift pressed
 * three times); the server listener is a fallback for when that script did not load.
 */
final class QuickExit {

    static final String EXIT_PATH = "/exit";

    private QuickExit() {}

    static Button button() {
        var exit = new Button("Exit this page", e -> e.getSource().getUI().ifPresent(ui -> ui.getPage()
                .executeJs("window.location.replace($0)", EXIT_PATH)));
        exit.addClassName("nwd-exit-button");
        exit.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        exit.getElement().setAttribute("data-quick-exit", "");
        exit.getElement().setAttribute("title", "Leave this site quickly (or press Shift three times)");
        return exit;
    }
}
