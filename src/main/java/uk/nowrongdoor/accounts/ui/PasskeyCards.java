package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.service.PasskeyService;
import uk.nowrongdoor.accounts.service.PasskeySummary;
import uk.nowrongdoor.security.CurrentUser;

/**
 * The signed-in person's passkeys as cards, each with Remove. What happened (removed, kept) is fired as an
 * {@link OutcomeEvent} for the screen's status line.
 */
class PasskeyCards extends Div {

    private final PasskeyService passkeys;

    PasskeyCards(PasskeyService passkeys) {
        this.passkeys = passkeys;
        addClassName("nwd-card-list");
        refresh();
    }

    void refresh() {
        removeAll();
        var mine = passkeys.myPasskeys();
        if (mine.isEmpty()) {
            add(new Paragraph("You have no passkeys yet."));
        }
        for (PasskeySummary passkey : mine) {
            boolean last = mine.size() == 1;
            var remove = new Button("Remove", e -> confirmRemoval(passkey, last));
            remove.getElement().setAttribute("aria-label", "Remove passkey " + passkey.label());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var card = new Div(
                    new H3(passkey.label()),
                    new Paragraph("Added " + when(passkey.created())),
                    new Paragraph(
                            passkey.lastUsed() == null
                                    ? "Not used to sign in yet"
                                    : "Last used " + when(passkey.lastUsed())),
                    remove);
            card.addClassName("nwd-card");
            add(card);
        }
    }

    /** Removing cannot be undone (the passkey on the device no longer works here), so the screen asks first. */
    private void confirmRemoval(PasskeySummary passkey, boolean last) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Remove passkey \"" + passkey.label() + "\"?");
        dialog.add(new Paragraph("You will no longer be able to sign in with it. To use that device again, you would"
                + " add it as a new passkey."));
        if (last && passkeys.mustUsePasskey(CurrentUser.require())) {
            dialog.add(new Paragraph("It is your only passkey and the partnership requires one for admins and"
                    + " complaints leads: other staff screens will not open until you add a new one."));
        }
        var remove = new Button("Remove passkey", e -> {
            passkeys.removeMyPasskey(passkey.id());
            dialog.close();
            refresh();
            fireEvent(new OutcomeEvent(this, "Passkey \"" + passkey.label() + "\" removed."));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var keep = new Button("Keep it", e -> {
            dialog.close();
            fireEvent(new OutcomeEvent(this, "Passkey \"" + passkey.label() + "\" kept."));
        });
        var actions = new Div(keep, remove);
        actions.addClassName("nwd-card-actions");
        dialog.add(actions);
        dialog.open();
    }

    private static String when(@Nullable Instant instant) {
        return instant == null ? "(unknown)" : UsersView.WHEN.format(instant.atZone(Application.LONDON));
    }

    Registration addOutcomeListener(ComponentEventListener<OutcomeEvent> listener) {
        return addListener(OutcomeEvent.class, listener);
    }

    /** A passkey was removed or kept; the message says which, for the status line. */
    static class OutcomeEvent extends ComponentEvent<PasskeyCards> {
        private final String message;

        OutcomeEvent(PasskeyCards source, String message) {
            super(source, false);
            this.message = message;
        }

        String message() {
            return message;
        }
    }
}
