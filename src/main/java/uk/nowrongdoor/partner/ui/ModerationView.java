package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.service.ModerationService;
import uk.nowrongdoor.partner.service.PartnerViews.PendingRevision;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins approve or reject partners' changes, field by field, and choose which organisations publish at once. */
@Route(value = "admin/moderation", layout = StaffLayout.class)
@PageTitle("Moderation | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class ModerationView extends Main {

    private final ModerationService moderation;
    private final Div queue = new Div();

    public ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("nwd-page");
        queue.addClassName("nwd-card-list");
        add(new H1("Moderation"), new H2("Changes waiting"), queue, new H2("Trusted organisations"));
        add(new Paragraph("A trusted organisation's changes publish at once and still show in the listing's history."));
        moderation.organisations().forEach(o -> {
            var box = new Checkbox(o.name() + " is trusted", o.trusted());
            box.addValueChangeListener(e -> {
                moderation.setTrusted(o.organisationId(), e.getValue());
                Notification.show(o.name() + (e.getValue() ? " is now trusted." : " is no longer trusted."));
            });
            add(new Div(box));
        });
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        var pending = moderation.pending();
        if (pending.isEmpty()) {
            queue.add(new Paragraph("No changes are waiting."));
        }
        pending.forEach(p -> queue.add(card(p)));
    }

    private Div card(PendingRevision p) {
        var card = ChangeCards.revision(
                p.organisationName() + ", "
                        + (p.importedFrom() == null
                                ? p.submittedBy()
                                : "from the Open Referral feed import (" + p.importedFrom() + ")")
                        + ", "
                        + ChangeCards.WHEN.format(p.submittedAt().atZone(Application.LONDON)),
                p.changes(),
                null);
        if (p.kind() == RevisionKind.NEW_LISTING) {
            card.addComponentAsFirst(new Paragraph(p.listingName() + " (not public yet)"));
        } else {
            card.addComponentAsFirst(new Anchor("listing/" + p.listingSlug(), p.listingName()));
        }
        if (p.kind() != RevisionKind.CHANGE) {
            var kind = new Paragraph(p.kind().label());
            kind.addClassName("nwd-card-alert");
            card.addComponentAtIndex(1, kind);
        }
        if (p.kind() == RevisionKind.WITHDRAWAL) {
            card.add(new Paragraph("If approved, it leaves search, its page and the open data feed. "
                    + (p.importedFrom() == null ? "Their reason: " : "The import's reason: ")
                    + (p.partnerNote() == null ? "(none given)" : p.partnerNote())));
        }
        String what =
                p.kind() == RevisionKind.CHANGE ? "the change to " : p.kind().label() + ": ";
        var reason = new TextArea("Reason (needed to reject)");
        reason.setMaxLength(ListingRevision.REASON_MAX);
        reason.setWidthFull();
        var approve = new Button("Approve", e -> decide(() -> moderation.approve(p.id()), "Approved and published."));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.getElement().setAttribute("aria-label", "Approve " + what + p.listingName());
        var reject = new Button("Reject", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Give a reason, so the partner knows what to change");
                return;
            }
            decide(
                    () -> moderation.reject(p.id(), reason.getValue()),
                    p.importedFrom() == null ? "Rejected. The partner has been told why." : "Rejected.");
        });
        reject.getElement().setAttribute("aria-label", "Reject " + what + p.listingName());
        var history = new RouterLink("History", ListingHistoryView.class, p.listingId());
        history.getElement().setAttribute("aria-label", "History of " + p.listingName());
        var actions = new Div(approve, reject, history);
        actions.addClassName("nwd-card-actions");
        card.add(reason, actions);
        return card;
    }

    private void decide(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (UserFacingException ex) {
            Notification.show(ex.getMessage());
        }
        refresh();
    }
}
