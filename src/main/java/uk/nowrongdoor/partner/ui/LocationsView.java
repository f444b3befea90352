package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews.Choice;
import uk.nowrongdoor.partner.service.PartnerViews.LocationDetails;
import uk.nowrongdoor.partner.service.PartnerViews.Outcome;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * A listing's locations on a phone: each is a card with Change and Remove; a form adds one. Nothing reaches the
 * public page until "Send for approval" (an admin checks it unless the organisation is trusted).
 */
@Route(value = "partner/locations", layout = StaffLayout.class)
@PageTitle("Locations | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class LocationsView extends Main implements HasUrlParameter<Long> {

    private final PartnerListingService partner;
    private final List<LocationDraft> locations = new ArrayList<>();
    private final Div cards = new Div();
    private final Div editor = new Div();
    private final Paragraph status = new Paragraph();
    private final Button send = new Button("Send for approval");
    private List<Choice> towns = List.of();
    private Long listingId = 0L;

    public LocationsView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
        cards.addClassName("nwd-card-list");
        status.getElement().setAttribute("role", "status");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        LocationDetails details = OwnListing.read(event, () -> partner.locations(id));
        if (details == null) {
            return;
        }
        listingId = id;
        towns = details.towns();
        locations.clear();
        locations.addAll(details.locations());
        removeAll();
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Locations: " + details.name()),
                new Paragraph("Where people come to the service, where the team is based, a postal address, or "
                        + "\"online only\". A sensitive address (a refuge, say) is never shown to the public: only "
                        + "its town and postcode area. A partnership admin checks changes before they are "
                        + "published, unless your organisation is trusted to publish at once."),
                new H2("Locations"),
                cards,
                new Button("Add a location", e -> showForm(-1)),
                editor,
                status,
                send);
        render(
                details.pendingLocationChanges() > 0
                        ? "A change to the locations is already waiting for an admin."
                        : "");
    }

    private void render(String message) {
        cards.removeAll();
        if (locations.isEmpty()) {
            cards.add(new Paragraph("No locations: the public page shows no address."));
        }
        for (int i = 0; i < locations.size(); i++) {
            cards.add(card(i));
        }
        status.setText(message);
    }

    private Div card(int index) {
        LocationDraft d = locations.get(index);
        String label = d.label();
        var card = new Div(new Paragraph(label));
        card.addClassName("nwd-card");
        var where = new ArrayList<String>();
        if (!d.address().isEmpty()) {
            where.add(d.address());
        }
        towns.stream().filter(t -> t.slug().equals(d.town())).findFirst().ifPresent(t -> where.add(t.name()));
        if (!d.postcode().isEmpty()) {
            where.add(d.postcode());
        }
        if (!where.isEmpty()) {
            card.add(new Paragraph(String.join(", ", where)));
        }
        if (d.sensitive()) {
            card.add(new Paragraph(
                    "Sensitive address: the public sees only the town and the first part of the postcode."));
        }
        var edit = new Button("Change", e -> showForm(index));
        edit.getElement().setAttribute("aria-label", "Change " + label);
        var remove = new Button("Remove", e -> {
            locations.remove(index);
            editor.removeAll();
            render("Removed " + label + ". Not sent yet: tap \"Send for approval\" when you are done.");
        });
        remove.getElement().setAttribute("aria-label", "Remove " + label);
        var actions = new Div(edit, remove);
        actions.addClassName("nwd-card-actions");
        card.add(actions);
        return card;
    }

    private void showForm(int index) {
        var form = new LocationForm(index >= 0 ? locations.get(index) : null, towns);
        form.onSubmit(location -> {
            if (index >= 0) {
                locations.set(index, location);
            } else {
                locations.add(location);
            }
            editor.removeAll();
            render(location.label() + " is on the list. Not sent yet: tap \"Send for approval\" when you are done.");
        });
        form.onCancel(editor::removeAll);
        editor.removeAll();
        editor.add(form);
        form.scrollIntoView();
    }

    private void send() {
        try {
            Outcome outcome = partner.proposeLocations(listingId, locations);
            editor.removeAll();
            if (outcome == Outcome.PUBLISHED) {
                locations.clear();
                locations.addAll(partner.locations(listingId).locations());
                render("Saved and published.");
            } else {
                render("Sent. An admin will check these locations before they are published.");
            }
        } catch (UserFacingException ex) {
            status.setText(ex.getMessage());
        }
    }
}
