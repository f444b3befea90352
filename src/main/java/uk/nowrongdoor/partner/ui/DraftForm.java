package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;

/**
 * A card form that edits one draft (a location, a weekly session, a dated change) and hands it to its screen when every
 * field passes, or is cancelled. The screen keeps the list; nothing is sent until the partner sends the whole list.
 *
 * @param <D> the draft this form edits
 */
abstract class DraftForm<D> extends Div {

    final Button save;
    final Button cancel = new Button("Cancel");

    /** The save and cancel buttons, for the subclass to place last. */
    final Div actions;

    private Consumer<D> submitted = draft -> {};
    private Runnable cancelled = () -> {};

    DraftForm(String saveLabel) {
        save = new Button(saveLabel, e -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addClickListener(e -> cancelled.run());
        actions = new Div(save, cancel);
        actions.addClassName("nwd-card-actions");
        addClassNames("nwd-form", "nwd-card");
    }

    /** Runs every field's rule, showing each message next to its field; true when all pass. */
    abstract boolean valid();

    /** The draft as the fields say now. */
    abstract D draft();

    /** Called with the draft when the partner saves and every field passes. */
    void onSubmit(Consumer<D> listener) {
        submitted = listener;
    }

    /** Called when the partner cancels. */
    void onCancel(Runnable listener) {
        cancelled = listener;
    }

    private void submit() {
        if (valid()) {
            submitted.accept(draft());
        }
    }
}
