package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.accounts.service.AccountException;
import uk.nowrongdoor.accounts.service.AccountService;
import uk.nowrongdoor.accounts.service.PasswordPolicy;

/** Where an invitation, a "forgotten password" email or the first admin's log line leads: choose a password. */
@Route(value = AccountService.SET_PASSWORD_PATH, autoLayout = false)
@PageTitle("Choose your password | No Wrong Door")
@AnonymousAllowed
public class SetPasswordView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Type it again");
    private String token = "";

    public SetPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("nwd-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        removeAll();
        add(new H1("Choose your password"));
        accounts.emailForLink(token).ifPresentOrElse(this::showForm, this::showExpired);
    }

    private void showForm(String email) {
        add(new Paragraph("For the staff account " + email + "."));
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. Three random words work "
                + "well. Pasting from a password manager is fine.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        repeat.setWidthFull();
        var save = new Button("Save password", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, repeat, save);
    }

    private void showExpired() {
        add(
                new Paragraph("This link has expired or has already been used."),
                new Anchor("account/forgot-password", "Ask for a new link"));
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords are not the same");
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.setPassword(token, password.getValue());
        } catch (AccountException e) {
            password.setErrorMessage(e.getMessage());
            password.setInvalid(true);
            return;
        }
        removeAll();
        add(
                new H1("Your password is saved"),
                new Paragraph("You can now sign in with your email address and this password."),
                new Anchor("login", "Go to staff sign in"));
    }
}
