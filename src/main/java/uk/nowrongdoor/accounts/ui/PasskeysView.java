package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.service.PasskeyService;
import uk.nowrongdoor.accounts.service.PasskeySummary;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * "Sign-in and passkeys": every member of staff adds (with a name), sees and removes (after confirming) their own
 * passkeys; admins also
 * switch "Require a passkey for admins and complaints leads". Adding runs {@code js/passkeys.js} in the browser.
 */
@Route(value = "staff/passkeys", layout = StaffLayout.class)
@PageTitle("Sign-in and passkeys | No Wrong Door")
@RolesAllowed({AppRoles.ADMIN, AppRoles.PARTNER, AppRoles.COMPLAINTS_LEAD, AppRoles.COORDINATOR})
@JavaScript("context://js/passkeys.js")
public class PasskeysView extends Main {

    static final String RULE = "When this is on, an admin or complaints lead who has no passkey is taken to this "
            + "screen to add one before any other staff screen works, and one who has a passkey must sign in with it: "
            + "a password alone is not enough.";

    private final PasskeyService passkeys;
    private final TextField label = new TextField("Name for the new passkey");
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    public PasskeysView(PasskeyService passkeys) {
        this.passkeys = passkeys;
        addClassName("nwd-page");
        StaffPrincipal me = CurrentUser.require();
        add(
                new H1("Sign-in and passkeys"),
                new Paragraph("A passkey lets you sign in with your phone's or computer's screen lock (fingerprint, "
                        + "face or PIN) instead of typing your password. It only works on this site."));
        if (passkeys.mustAddPasskey(me)) {
            var notice = new Paragraph("The partnership requires admins and complaints leads to use a passkey. Add "
                    + "one now: other staff screens open once you have one. From then on, sign in with your passkey.");
            notice.addClassName("nwd-notice");
            add(notice);
        }
        label.setHelperText("For example \"Work phone\", so you can tell your passkeys apart");
        label.setMaxLength(PasskeyService.LABEL_MAX);
        label.setRequired(true);
        label.setWidthFull();
        var addButton = new Button("Add a passkey", e -> addPasskey());
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "status");
        list.addClassName("nwd-card-list");
        add(new H2("Your passkeys"), list, new H2("Add a passkey"), label, addButton, status);
        if (me.hasRole(AppRoles.ADMIN)) {
            add(adminSetting());
        }
        refresh();
    }

    private Div adminSetting() {
        var required = new Checkbox("Require a passkey for admins and complaints leads", passkeys.passkeyRequired());
        required.addValueChangeListener(e -> {
            passkeys.setPasskeyRequired(e.getValue());
            status.setText(
                    e.getValue()
                            ? "Passkeys are now required for admins and complaints leads."
                            : "Passkeys are no longer required.");
        });
        return new Div(new H2("For the whole partnership"), required, new Paragraph(RULE));
    }

    private void addPasskey() {
        String name = label.getValue().strip();
        if (name.isEmpty()) {
            label.setInvalid(true);
            label.setErrorMessage("Give the passkey a name");
            return;
        }
        label.setInvalid(false);
        status.setText("Follow your browser's steps to make the passkey.");
        getElement()
                .executeJs("return window.nwdPasskeys.register($0)", name)
                .then(String.class, message -> passkeyResult(message));
    }

    /** What the browser said: "" when the passkey was added, otherwise a message for the person. */
    void passkeyResult(String message) {
        if (message.isEmpty()) {
            label.clear();
            status.setText("Passkey added.");
        } else {
            status.setText(message);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = passkeys.myPasskeys();
        if (mine.isEmpty()) {
            list.add(new Paragraph("You have no passkeys yet."));
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
            list.add(card);
        }
    }

    /** Removing cannot be undone (the passkey on the device no longer works here), so it is asked for twice. */
    private void confirmRemoval(PasskeySummary passkey, boolean last) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Remove passkey \"" + passkey.label() + "\"?");
        dialog.add(new Paragraph("You will no longer be able to sign in with it. To use that device again, you would"
                + " add it as a new passkey."));
        StaffPrincipal me = CurrentUser.require();
        if (last
                && passkeys.passkeyRequired()
                && (me.hasRole(AppRoles.ADMIN) || me.hasRole(AppRoles.COMPLAINTS_LEAD))) {
            dialog.add(new Paragraph("It is your only passkey and the partnership requires one for admins and"
                    + " complaints leads: other staff screens will not open until you add a new one."));
        }
        var remove = new Button("Remove passkey", e -> {
            passkeys.removeMyPasskey(passkey.id());
            dialog.close();
            status.setText("Passkey \"" + passkey.label() + "\" removed.");
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var keep = new Button("Keep it", e -> {
            dialog.close();
            status.setText("Passkey \"" + passkey.label() + "\" kept.");
        });
        var actions = new Div(keep, remove);
        actions.addClassName("nwd-card-actions");
        dialog.add(actions);
        dialog.open();
    }

    private static String when(@Nullable Instant instant) {
        return instant == null ? "(unknown)" : UsersView.WHEN.format(instant.atZone(Application.LONDON));
    }
}
