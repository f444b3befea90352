package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.partner.service.FreshnessService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins see which listings are stale and which organisations have nobody to keep them fresh. */
@Route(value = "admin/freshness", layout = StaffLayout.class)
@PageTitle("Stale listings | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class FreshnessView extends Main {

    public FreshnessView(FreshnessService freshness) {
        addClassName("nwd-page");
        var stale = freshness.staleListings();
        add(new H1("Stale listings"));
        add(new Paragraph(stale.size() + " listings were never checked or were last checked over "
                + Listing.STALE_AFTER_MONTHS + " months ago. Partners are reminded by email."));
        var cards = new Div();
        cards.addClassName("nwd-card-list");
        stale.forEach(s -> {
            var card = new Div(
                    new Anchor("listing/" + s.slug(), s.name()),
                    new Paragraph(s.organisationName() + ". "
                            + (s.lastChecked() == null
                                    ? "Never checked."
                                    : "Last checked " + MyListingsView.DATE.format(s.lastChecked()) + ".")));
            card.addClassName("nwd-card");
            cards.add(card);
        });
        add(cards);
        var orphans = freshness.organisationsWithoutPartner();
        add(new H2("Organisations with no partner account"));
        if (orphans.isEmpty()) {
            add(new Paragraph("Every organisation has a partner account."));
        } else {
            var list = new UnorderedList();
            orphans.forEach(name -> list.add(new ListItem(name)));
            add(list);
        }
    }
}
