package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.intake.service.InvalidSubmissionException;
import uk.nowrongdoor.intake.service.RiskScreen;
import uk.nowrongdoor.intake.ui.ClientAddress;
import uk.nowrongdoor.intake.ui.Drafts;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.referral.service.ReferralService;
import uk.nowrongdoor.referral.service.ReferralTarget;

/**
 * Ask a service for help: {@code refer/<listing slug>}. The form is shown only where the listing accepts self-referral
 * and its organisation has a receiving team; otherwise the page points to the listing's own contacts.
 */
@Route(value = "refer", layout = MainLayout.class)
@AnonymousAllowed
@JavaScript(Drafts.SCRIPT)
public class ReferralView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReferralService referrals;
    private final DirectoryService directory;
    private final RiskScreen riskScreen;
    private String title = "Ask a service for help | No Wrong Door";

    public ReferralView(ReferralService referrals, DirectoryService directory, RiskScreen riskScreen) {
        this.referrals = referrals;
        this.directory = directory;
        this.riskScreen = riskScreen;
        addClassName("nwd-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        ReferralTarget target = referrals.findTarget(slug).orElseThrow(NotFoundException::new);
        removeAll();
        if (!target.offered()) {
            title = "You cannot ask " + target.listingName() + " for help here | No Wrong Door";
            add(new H1("Ask " + target.listingName() + " for help"), ReferralJourney.notAccepted(target));
            return;
        }
        add(new Paragraph("Asking for help from " + target.organisationName() + " (" + target.listingName()
                + "). It takes about 5 minutes. What you type is kept in this browser tab until you send it; "
                + "\"Exit this page\" clears it."));
        var journey = new ReferralJourney(target, new RiskNotice(directory), riskScreen::mentionsRisk);
        journey.addSendListener(e -> send(journey, target, e.request()));
        title = journey.title();
        add(journey);
    }

    private void send(
            ReferralJourney journey,
            ReferralTarget target,
            uk.nowrongdoor.referral.service.SelfReferralRequest request) {
        try {
            var receipt = referrals.submitSelfReferral(target.slug(), request, ClientAddress.current());
            journey.showConfirmation(receipt);
        } catch (InvalidSubmissionException e) {
            journey.showProblems(e.problems().values());
        } catch (UserFacingException e) {
            journey.showProblems(java.util.List.of(e.getMessage()));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
