package uk.nowrongdoor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * The frame of every staff screen: what this person may open (by role), who is signed in, and sign out. Access is
 * decided by each view's annotation and by the services; the menu only leaves out what would be refused.
 */
@AnonymousAllowed
public class StaffLayout extends Div implements RouterLayout {

    /** A staff screen in the menu: its address, its name, and the roles that may open it. */
    public record StaffLink(String path, String label, List<String> roles) {}

    /** The staff menu, in order. A new staff screen adds its line here. */
    public static final List<StaffLink> LINKS = List.of(
            new StaffLink("staff/referrals", "Referrals", List.of(AppRoles.PARTNER, AppRoles.COORDINATOR)),
            new StaffLink("partner/listings", "My listings", List.of(AppRoles.PARTNER)),
            new StaffLink("partner/suggestions", "Edit suggestions", List.of(AppRoles.PARTNER, AppRoles.ADMIN)),
            new StaffLink("staff/feedback", "Feedback", List.of(AppRoles.COMPLAINTS_LEAD)),
            new StaffLink("staff/report", "Feedback report", List.of(AppRoles.COMPLAINTS_LEAD, AppRoles.ADMIN)),
            new StaffLink("staff/equality", "Equality counts", List.of(AppRoles.COMPLAINTS_LEAD, AppRoles.ADMIN)),
            new StaffLink("admin/moderation", "Moderation", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/complaints-settings", "Complaints settings", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/freshness", "Stale listings", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/users", "Users", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/organisations", "Organisations", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/categories", "Categories", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/places", "Places", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/crisis-lines", "Crisis numbers", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/sign-in-audit", "Sign-in audit", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/referral-access", "Referral access", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/feedback-rights", "Feedback: a person's information", List.of(AppRoles.ADMIN)),
            new StaffLink("admin/open-data", "Open data", List.of(AppRoles.ADMIN)),
            new StaffLink("staff/outbox", "Outbox", List.of(AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD)),
            new StaffLink(
                    "staff/passkeys",
                    "Sign-in and passkeys",
                    List.of(AppRoles.ADMIN, AppRoles.PARTNER, AppRoles.COMPLAINTS_LEAD, AppRoles.COORDINATOR)));

    private final Div content = new Div();

    public StaffLayout(
            AuthenticationContext authentication,
            @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        addClassName("nwd-layout");
        addClassName("nwd-staff-layout");
        var brand = new Anchor("", "No Wrong Door");
        brand.addClassName("nwd-brand");
        var header = new Header(brand);
        header.addClassName("nwd-header");
        var nav = new Nav();
        nav.addClassName("nwd-staff-nav");
        nav.getElement().setAttribute("aria-label", "Staff menu");
        CurrentUser.get().ifPresent(me -> {
            linksFor(me).forEach(link -> nav.add(new Anchor(link.path(), link.label())));
            var who = new Span("Signed in as " + me.displayName());
            who.addClassName("nwd-staff-who");
            var signOut = new Button("Sign out", e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, signOut);
        });
        content.addClassName("nwd-content");
        content.setId("main-content");
        add(header, nav, content, idleWarning(sessionTimeout));
    }

    /**
     * A minute before an idle session ends, a warning with "Stay signed in" appears (Vaadin's heartbeats do not count
     * as activity, because {@code vaadin.closeIdleSessions=true}).
     */
    private static Div idleWarning(Duration sessionTimeout) {
        var stay = new Button("Stay signed in");
        var warning = new Div(
                new Span("You will be signed out in a minute because nothing has happened for a while. "), stay);
        warning.addClassName("nwd-idle-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.getElement().setAttribute("hidden", true);
        // the click is a round trip that keeps the session, and the page script hides the warning again
        stay.addClickListener(e -> {});
        long warnAfter = Math.max(sessionTimeout.minusMinutes(1).toMillis(), 1_000);
        warning.getElement()
                .executeJs(
                        "const banner = this; let timer;"
                                + "const reset = () => { banner.hidden = true; clearTimeout(timer);"
                                + " timer = setTimeout(() => { banner.hidden = false; }, $0); };"
                                + "['click', 'keydown', 'touchstart'].forEach(e => document.addEventListener(e, reset, true));"
                                + "reset();",
                        (double) warnAfter);
        return warning;
    }

    static List<StaffLink> linksFor(StaffPrincipal me) {
        var shown = new ArrayList<StaffLink>();
        for (StaffLink link : LINKS) {
            if (link.roles().stream().anyMatch(me::hasRole)) {
                shown.add(link);
            }
        }
        return shown;
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }
}
