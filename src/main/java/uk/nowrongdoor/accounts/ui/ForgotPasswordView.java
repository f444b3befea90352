package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.service.AccountService;

/** "Forgotten your password?": the same answer whether or not the address has an account. */
@Route(value = "account/forgot-password", autoLayout = false)
@PageTitle("Forgotten password | No Wrong Door")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    static final String SENT = "If this address has a staff account, we have sent it a link to choose a new password. "
            + "The link works once and expires in %s. If no email arrives, ask your partnership admin.";

    public ForgotPasswordView(AccountService accounts) {
        addClassName("nwd-page");
        var email = new EmailField("Email address");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(StaffAccount.EMAIL_MAX);
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        var send = new Button("Send me a link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage("Enter your email address, like name@example.org");
                email.setInvalid(true);
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            removeAll();
            add(
                    new H1("Check your email"),
                    new Paragraph(SENT.formatted(accounts.resetLinkLifetime())),
                    new Anchor("login", "Back to staff sign in"));
        });
        add(
                new H1("Forgotten your password?"),
                new Paragraph("Enter the email address of your staff account."),
                email,
                send);
    }
}
