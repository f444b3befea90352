package uk.nowrongdoor.partner.ui;

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
import uk.nowrongdoor.partner.service.ListingHistoryService;
import uk.nowrongdoor.partner.service.ListingHistoryService.Change;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * Everything published about a listing, change by change: who changed which field, from what, to what and when. One
 * card per change, so it reads on a phone. Admins see any listing; a partner only their own organisations'.
 */
@Route(value = "partner/history", layout = StaffLayout.class)
@PageTitle("Listing history | No Wrong Door")
@RolesAllowed({AppRoles.PARTNER, AppRoles.ADMIN})
public class ListingHistoryView extends Main implements HasUrlParameter<Long> {

    private final ListingHistoryService history;

    public ListingHistoryView(ListingHistoryService history) {
        this.history = history;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        ListingHistoryService.History h = OwnListing.read(event, () -> history.of(id));
        if (h == null) {
            return;
        }
        removeAll();
        boolean partner =
                CurrentUser.get().map(p -> p.hasRole(AppRoles.PARTNER)).orElse(false);
        if (partner) {
            add(new RouterLink("Back to my listings", MyListingsView.class));
        }
        add(
                new H1("History: " + h.listingName()),
                new Paragraph(h.organisationName() + ". Published changes, newest first. Changes waiting for an "
                        + "admin appear once they are approved."));
        if (h.changes().isEmpty()) {
            add(new Paragraph("No changes recorded yet."));
            return;
        }
        var list = new Div();
        list.addClassName("nwd-cards");
        h.changes().forEach(c -> list.add(card(c)));
        add(new H2("Changes"), list);
    }

    private static Div card(Change c) {
        return HistoryCards.change(
                c.when(), null, c.field(), c.from(), c.to(), "By " + c.who() + ", for " + c.organisation());
    }
}
