package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews.MyListing;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** A partner's own organisations' listings, as cards: confirm, post a notice, edit. */
@Route(value = "partner/listings", layout = StaffLayout.class)
@PageTitle("My listings | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class MyListingsView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PartnerListingService partner;
    private final Div cards = new Div();

    public MyListingsView(PartnerListingService partner) {
        this.partner = partner;
        addClassName("nwd-page");
        cards.addClassName("nwd-card-list");
        var addListing = new RouterLink("Add a listing", AddListingView.class);
        var top = new Div(addListing);
        top.addClassName("nwd-card-actions");
        add(new H1("My listings"), top, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var mine = partner.myListings();
        if (mine.isEmpty()) {
            cards.add(new Paragraph(
                    "Your organisations have no listings yet. An admin links your account to your " + "organisation."));
        }
        mine.forEach(l -> cards.add(card(l)));
    }

    private Div card(MyListing l) {
        var card = new Div(new H2(l.name()), new Paragraph("Run by " + l.organisationName()));
        card.addClassName("nwd-card");
        if (l.visibility() != null) {
            var visibility = new Paragraph(l.visibility());
            visibility.addClassName("nwd-card-alert");
            card.add(visibility);
        }
        card.add(new Paragraph(checkedText(l)));
        l.liveNotices().forEach(n -> {
            var notice = new Paragraph("Showing now: " + n.text());
            notice.addClassName("nwd-card-alert");
            card.add(notice);
        });
        if (l.pendingRevisions() > 0) {
            card.add(new Paragraph(
                    l.pendingRevisions() == 1
                            ? "1 change is waiting for an admin."
                            : l.pendingRevisions() + " changes are waiting for an admin."));
        }
        var confirm = new Button("Still accurate", e -> {
            partner.confirmStillAccurate(l.id());
            Notification.show("Thank you. " + l.name() + " is marked as checked today.");
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getElement().setAttribute("aria-label", "Still accurate: " + l.name());
        var notice = new RouterLink("Add a notice", NoticeView.class, l.id());
        notice.getElement().setAttribute("aria-label", "Add a notice: " + l.name());
        var edit = new RouterLink("Edit details", EditListingView.class, l.id());
        edit.getElement().setAttribute("aria-label", "Edit details: " + l.name());
        var times = new RouterLink("Opening times", TimetableView.class, l.id());
        times.getElement().setAttribute("aria-label", "Opening times: " + l.name());
        var where = new RouterLink("Locations", LocationsView.class, l.id());
        where.getElement().setAttribute("aria-label", "Locations: " + l.name());
        var categories = new RouterLink("Categories", CategoriesView.class, l.id());
        categories.getElement().setAttribute("aria-label", "Categories: " + l.name());
        var changes = new RouterLink("History", ListingHistoryView.class, l.id());
        changes.getElement().setAttribute("aria-label", "History: " + l.name());
        var actions = new Div(confirm, notice, edit, times, where, categories, changes);
        if (l.publicNow()) {
            var view = new Anchor("listing/" + l.slug(), "Public page");
            view.getElement().setAttribute("aria-label", "Public page: " + l.name());
            var withdraw = new RouterLink("Ask to withdraw", WithdrawListingView.class, l.id());
            withdraw.getElement().setAttribute("aria-label", "Ask to withdraw: " + l.name());
            actions.add(view, withdraw);
        }
        actions.addClassName("nwd-card-actions");
        card.add(actions);
        return card;
    }

    static String checkedText(MyListing l) {
        if (l.lastChecked() == null) {
            return "Never checked: the public page says the details have not been checked by the service.";
        }
        String text = "Last checked " + DATE.format(l.lastChecked()) + ".";
        return l.stale() ? text + " Over " + Listing.STALE_AFTER_MONTHS + " months ago: please check it." : text;
    }
}
