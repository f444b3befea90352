package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.referral.service.ReferralAction;
import uk.nowrongdoor.referral.service.ReferralDetail;
import uk.nowrongdoor.referral.service.ReferralInbox;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** One referral: safe-contact preferences first, then the actions, what they asked for, and the history. */
@Route(value = "staff/referrals/:id([0-9]{1,18})", layout = StaffLayout.class)
@PageTitle("Referral | No Wrong Door")
@RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
public class ReferralDetailView extends Main implements BeforeEnterObserver {

    static final String NOT_YOURS = "You cannot open this referral. It may have been passed to another organisation.";

    private final ReferralInbox inbox;
    private long id;

    public ReferralDetailView(ReferralInbox inbox) {
        this.inbox = inbox;
        addClassName("nwd-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        add(new RouterLink("Back to referrals", ReferralInboxView.class));
        ReferralDetail d;
        try {
            d = inbox.open(id);
        } catch (AccessDeniedException e) {
            add(new H1("Referral"), new Paragraph(NOT_YOURS));
            return;
        }
        var card = d.card();
        add(new H1("Referral " + card.reference()));
        var tags = new Div();
        if (card.urgent()) {
            tags.add(ReferralCardView.tag("Urgent", "nwd-tag-urgent"));
        }
        if (card.overdue()) {
            tags.add(ReferralCardView.tag("Overdue", "nwd-tag-overdue"));
        }
        tags.add(ReferralCardView.tag(card.status().label(), "nwd-tag-status"));
        add(tags);
        if (d.riskIndicated()) {
            add(new Paragraph("They may not be safe: they said so, or wrote words that suggest risk. They were shown "
                    + "the crisis numbers."));
        }
        add(ReferralFacts.safeContact(d));
        add(new Paragraph("For " + card.where() + ". Sent " + Waited.words(card.waited()) + " ago; first contact "
                + "target " + Waited.words(card.firstContactTarget()) + (card.overdue() ? ": overdue." : ".")));
        var actions = new ReferralActions(
                d.actions(),
                d.actions().contains(ReferralAction.REDIRECT) ? inbox.redirectOptions() : java.util.List.of());
        actions.addActListener(this::act);
        add(actions, ReferralFacts.answers(d), ReferralFacts.history(d));
    }

    private void act(ReferralActions.ActEvent e) {
        try {
            switch (e.action) {
                case MARK_CONTACTED -> inbox.markContacted(id, e.note);
                case ACCEPT -> inbox.accept(id, e.note);
                case CLOSE -> inbox.close(id, java.util.Objects.requireNonNull(e.reason), e.note);
                case REDIRECT -> {
                    if (e.toCoordinators) {
                        inbox.redirectToCoordinators(id, e.note);
                    } else {
                        inbox.redirect(id, java.util.Objects.requireNonNull(e.to), e.note);
                    }
                    Notification.show("Passed on. It is no longer in your inbox.");
                    getUI().ifPresent(ui -> ui.navigate(ReferralInboxView.class));
                    return;
                }
            }
            Notification.show("Saved");
            show();
        } catch (UserFacingException problem) {
            Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
        }
    }
}
