package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.service.AccountService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins read the sign-in audit: sign-ins, failures, lockouts, invitations, role and password changes. */
@Route(value = "admin/sign-in-audit", layout = StaffLayout.class)
@PageTitle("Sign-in audit | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class SignInAuditView extends Main {

    public SignInAuditView(AccountService accounts) {
        addClassName("nwd-page");
        add(new H1("Sign-in audit"));
        add(new Paragraph("The latest 200 events. Addresses are shown as a short code: the same code means the same "
                + "address since the app last started."));
        var list = new Div();
        list.addClassName("nwd-card-list");
        accounts.recentSecurityEvents().forEach(event -> {
            var card = new Div(
                    new Span(UsersView.WHEN.format(event.getOccurredAt().atZone(Application.LONDON))),
                    new Paragraph(event.getKind().name().replace('_', ' ').toLowerCase(java.util.Locale.UK)
                            + (event.getAccountEmail() == null ? "" : ": " + event.getAccountEmail())),
                    new Paragraph((event.getActorEmail() == null ? "" : "By " + event.getActorEmail() + ". ")
                            + (event.getAddressHash() == null ? "" : "From " + event.getAddressHash() + ". ")
                            + (event.getDetail() == null ? "" : event.getDetail())));
            card.addClassName("nwd-card");
            list.add(card);
        });
        add(list);
    }
}
