package uk.nowrongdoor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff sign-in. Members of the public never need an account. */
@Route(value = "login", autoLayout = false)
@PageTitle("Staff sign in | No Wrong Door")
@AnonymousAllowed
@JavaScript("context://js/passkeys.js")
public class LoginView extends Main implements BeforeEnterObserver {

    /** Where "Forgotten your password?" leads. */
    public static final String FORGOTTEN_PASSWORD = "account/forgot-password";

    private final LoginForm login = new LoginForm();
    private final Paragraph passkeyStatus = new Paragraph();

    public LoginView() {
        addClassName("nwd-page");
        login.setAction("login");
        login.setI18n(i18n());
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(FORGOTTEN_PASSWORD)));
        var passkey = new Button("Sign in with a passkey", e -> signInWithPasskey());
        passkey.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        passkeyStatus.getElement().setAttribute("role", "status");
        add(
                new H1("Staff sign in"),
                new Paragraph("For partner organisations and partnership staff. You do not need an account to find "
                        + "help, refer yourself or give feedback."),
                login,
                new H2("Or use a passkey"),
                new Paragraph("If you have added a passkey (on the \"Sign-in and passkeys\" screen), sign in with your "
                        + "phone's or computer's screen lock instead of your password."),
                passkey,
                passkeyStatus);
    }

    private void signInWithPasskey() {
        passkeyStatus.setText("Follow your browser's steps to use your passkey.");
        getElement()
                .executeJs("return window.nwdPasskeys.signIn()")
                .then(String.class, message -> passkeyStatus.setText(message));
    }

    static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email address");
        i18n.getForm().setForgotPassword("Forgotten your password?");
        // The same words for a wrong password, an unknown address and a paused or locked account, so the form never
        // tells whether an address has an account.
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage()
                .setMessage("Check your email address and password. If you have a passkey, your account may need "
                        + "you to sign in with it. After several failed tries, sign-in pauses for a while (up to 15 "
                        + "minutes); an admin can unlock it sooner.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
