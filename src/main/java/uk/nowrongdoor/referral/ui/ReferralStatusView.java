package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.intake.ui.StatusPage;
import uk.nowrongdoor.referral.service.ReferralService;

/** Check a self-referral's progress with its reference and status code (a link may fill in the reference). */
@Route(value = "referral-status", layout = MainLayout.class)
@PageTitle("Check your request for help | No Wrong Door")
@AnonymousAllowed
public class ReferralStatusView extends StatusPage {

    public ReferralStatusView(ReferralService referrals) {
        super(
                "Check your request for help",
                "Enter the reference number and status code you were shown when you sent it.",
                referrals::checkStatus);
    }
}
