package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.nowrongdoor.referral.service.ReferralCard;
import uk.nowrongdoor.referral.service.ReferralInbox;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** The partners' referral inbox and the coordinators' queue: cards, most urgent then newest first. */
@Route(value = "staff/referrals", layout = StaffLayout.class)
@PageTitle("Referrals | No Wrong Door")
@RolesAllowed({AppRoles.PARTNER, AppRoles.COORDINATOR})
public class ReferralInboxView extends Main {

    public ReferralInboxView(ReferralInbox inbox) {
        addClassName("nwd-page");
        add(new H1("Referrals"));
        var mine = inbox.inbox();
        if (mine.showsOrganisations()) {
            section(
                    "Your organisations' referrals",
                    mine.organisations(),
                    "There are no open referrals for your organisations.");
        }
        if (mine.showsCoordinators()) {
            section(
                    "Coordinators' queue",
                    mine.coordinators(),
                    "The queue is empty: every referral has been opened where it was sent.");
        }
    }

    private void section(String heading, List<ReferralCard> cards, String empty) {
        add(new H2(heading + " (" + cards.size() + ")"));
        if (cards.isEmpty()) {
            add(new Paragraph(empty));
            return;
        }
        var list = new Div();
        list.addClassName("nwd-card-list");
        cards.forEach(card -> list.add(new ReferralCardView(card)));
        add(list);
    }
}
