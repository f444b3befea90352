package uk.nowrongdoor.partner.ui;

import com.vaadin.flow.component.button.Button;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.partner.service.PartnerViews;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Time-critical notices on one listing: what shows now (withdraw it), and a new one that publishes at once. */
@Route(value = "partner/notices", layout = StaffLayout.class)
@PageTitle("Notices | No Wrong Door")
@RolesAllowed(AppRoles.PARTNER)
public class NoticeView extends Main implements HasUrlParameter<Long> {

    static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private final PartnerListingService partner;
    private final Clock clock;
    private final Div live = new Div();
    private Long listingId = 0L;

    public NoticeView(PartnerListingService partner, Clock clock) {
        this.partner = partner;
        this.clock = clock;
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
        var form = new NoticeForm(LocalDate.now(clock.withZone(Application.LONDON)));
        form.addSubmitListener(e -> {
            try {
                var notice = partner.publishNotice(listingId, e.request());
                Notification.show("Published: " + notice.text());
                refresh();
            } catch (UserFacingException ex) {
                Notification.show(ex.getMessage());
            }
        });
        add(
                new RouterLink("Back to my listings", MyListingsView.class),
                new H1("Notices: " + details.name()),
                new Paragraph("A notice shows on the public page at once, and a closure takes the service out of "
                        + "\"open now\" and \"open tonight\" straight away. No one needs to approve it."),
                new H2("Showing now"),
                live,
                new H2("New notice"),
                form);
        refresh();
    }

    private void refresh() {
        live.removeAll();
        var notices = partner.liveNotices(listingId);
        if (notices.isEmpty()) {
            live.add(new Paragraph("No notice is showing."));
        }
        notices.forEach(n -> {
            var withdraw = new Button("Withdraw", e -> {
                partner.withdrawNotice(n.id());
                Notification.show("Withdrawn.");
                refresh();
            });
            withdraw.getElement().setAttribute("aria-label", "Withdraw: " + n.text());
            var card = new Div(
                    new Paragraph(n.text()),
                    new Paragraph("Until " + UNTIL.format(n.expiresAt().atZone(Application.LONDON))),
                    withdraw);
            card.addClassName("nwd-card");
            live.add(card);
        });
    }
}
