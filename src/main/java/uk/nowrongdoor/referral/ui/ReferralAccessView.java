package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.referral.service.ReferralInbox;
import uk.nowrongdoor.referral.service.ReferralRetention;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins see who opened which referral and when, and what the retention job deleted. Never a referral's content. */
@Route(value = "admin/referral-access", layout = StaffLayout.class)
@PageTitle("Referral access | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class ReferralAccessView extends Main {

    public ReferralAccessView(ReferralInbox inbox, ReferralRetention retention) {
        addClassName("nwd-page");
        add(new H1("Who opened which referral"));
        add(new Paragraph("The latest 200 times a member of staff opened a referral. Referrals hold health "
                + "information, so every opening is recorded."));
        var list = new Div();
        list.addClassName("nwd-card-list");
        inbox.recentAccess().forEach(a -> {
            var card = new Div(
                    new Paragraph(Waited.WHEN.format(a.at().atZone(Application.LONDON)) + ": " + a.who()),
                    new Paragraph("Referral " + a.reference() + " (" + a.organisationName() + ")"));
            card.addClassName("nwd-card");
            list.add(card);
        });
        add(list, new H2("Retention runs"));
        var runs = retention.recentRuns();
        if (runs.isEmpty()) {
            add(new Paragraph("The retention job has not run yet. It runs every night."));
        }
        runs.forEach(run -> add(new Paragraph(Waited.WHEN.format(run.getRanAt().atZone(Application.LONDON))
                + ": deleted " + run.getReferralsDeleted() + " referral(s) closed before "
                + Waited.WHEN.format(run.getClosedBefore().atZone(Application.LONDON)) + ", with "
                + run.getEventsDeleted() + " history line(s)")));
    }
}
