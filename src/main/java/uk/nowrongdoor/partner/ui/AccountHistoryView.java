package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.partner.service.ListingHistoryService;
import uk.nowrongdoor.partner.service.ListingHistoryService.AccountChange;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/**
 * What one staff account changed in the directory, across listings, newest first: one card per field, each naming
 * the listing (a link to its whole history). Admins only; opened from the account's card on the users screen.
 */
@Route(value = "admin/history/user", layout = StaffLayout.class)
@PageTitle("Changes by a staff member | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class AccountHistoryView extends Main implements HasUrlParameter<Long> {

    private final ListingHistoryService history;

    public AccountHistoryView(ListingHistoryService history) {
        this.history = history;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long accountId) {
        ListingHistoryService.AccountHistory h;
        try {
            h = history.changesBy(accountId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, "No such account");
            return;
        }
        removeAll();
        add(
                new Anchor("admin/users", "Back to users"),
                new H1("Changes by " + h.displayName()),
                new Paragraph("Published changes to listings this account made or approved, newest first."
                        + (h.limited()
                                ? " Only the latest " + ListingHistoryService.ACCOUNT_CHANGES_LIMIT + " are shown."
                                : "")));
        if (h.changes().isEmpty()) {
            add(new Paragraph("No changes recorded for this account."));
            return;
        }
        var list = new Div();
        list.addClassName("nwd-cards");
        h.changes().forEach(c -> list.add(card(c)));
        add(new H2("Changes"), list);
    }

    private static Div card(AccountChange c) {
        var listing = c.listingId() == null
                ? new Paragraph(c.listingName())
                : new Paragraph(new RouterLink(c.listingName(), ListingHistoryView.class, c.listingId()));
        return HistoryCards.change(c.when(), listing, c.field(), c.from(), c.to(), "For " + c.organisation());
    }
}
