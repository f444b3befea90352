package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Edit a listing's core details; the change waits for an admin unless the organisation is trusted. */
@Route(value = "partner/edit", layout = StaffLayout.class)
@PageTitle("Edit listing | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class EditListingView extends Main implements HasUrlParameter<Long> {

    private final PartnerListingService partner;
    private final Div history = new Div();
    private Long listingId = 0L;

    public EditListingView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        listingId = id;
        PartnerViews.ListingDetails details = OwnListing.read(event, () -> partner.details(id));
        if (details == null) {
            return;
        }
        removeAll();
        var form = new ListingDetailsForm(details.values());
        form.addSubmitListener(e -> {
            try {
                Outcome outcome = partner.proposeChanges(listingId, e.values());
                Notification.show(
                        outcome == Outcome.PUBLISHED
                                ? "Saved and published."
                                : "Saved. An admin will check the change before it is published.");
                refreshHistory();
            } catch (UserFacingException ex) {
                Notification.show(ex.getMessage());
            }
        });
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Edit: " + details.name()),
                new Paragraph("Run by " + details.organisationName() + ". Changes are checked by a partnership admin "
                        + "before they are published, unless your organisation is trusted to publish at once."),
                form,
                new H2("History"),
                history);
        refreshHistory();
    }

    private void refreshHistory() {
        history.removeAll();
        var revisions = partner.history(listingId);
        if (revisions.isEmpty()) {
            history.add(new Paragraph("No changes yet."));
        }
        revisions.forEach(r -> history.add(ChangeCards.revision(
                r.status() + ", " + ChangeCards.WHEN.format(r.submittedAt().atZone(uk.nowrongdoor.Application.LONDON))
                        + " by " + r.submittedBy(),
                r.changes(),
                r.reason())));
    }
}
