package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.accounts.service.PasskeyService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * "Sign-in and passkeys": every member of staff adds (with a name), sees and removes (after confirming) their own
 * passkeys; admins also switch "Require a passkey for admins and complaints leads". Adding runs {@code js/passkeys.js}
 * in the browser.
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
    private final PasskeyCards list;

    public PasskeysView(PasskeyService passkeys) {
        this.passkeys = passkeys;
        this.list = new PasskeyCards(passkeys);
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
        list.addOutcomeListener(e -> status.setText(e.message()));
        add(new H2("Your passkeys"), list, new H2("Add a passkey"), label, addButton, status);
        if (me.hasRole(AppRoles.ADMIN)) {
            add(adminSetting());
        }
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
        list.refresh();
    }
}
