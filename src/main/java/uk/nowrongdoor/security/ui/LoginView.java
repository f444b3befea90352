package uk.nowrongdoor.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff sign-in. Members of the public never need an account. */
@Route(value = "login", autoLayout = false)
@PageTitle("Staff sign in | No Wrong Door")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("nwd-page");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(
                new H1("Staff sign in"),
                new Paragraph("For partner organisations and partnership staff. You do not need an account to find "
                        + "help, refer yourself or give feedback."),
                login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
