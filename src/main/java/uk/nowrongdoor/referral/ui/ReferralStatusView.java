package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nowrongdoor.directory.ui.MainLayout;
import uk.nowrongdoor.intake.ui.StatusLookupForm;
import uk.nowrongdoor.intake.ui.StatusResult;
import uk.nowrongdoor.referral.service.ReferralService;

/** Check a self-referral's progress with its reference and status code (or the private link that holds both). */
@Route(value = "referral-status", layout = MainLayout.class)
@PageTitle("Check your request for help | No Wrong Door")
@AnonymousAllowed
public class ReferralStatusView extends Main implements BeforeEnterObserver {

    private final ReferralService referrals;
    private final StatusLookupForm form = new StatusLookupForm();
    private final StatusResult result = new StatusResult();

    public ReferralStatusView(ReferralService referrals) {
        this.referrals = referrals;
        addClassName("nwd-page");
        form.addLookupListener(e -> result.show(referrals.checkStatus(e.reference(), e.code())));
        add(
                new H1("Check your request for help"),
                new Paragraph("Enter the reference number and status code you were shown when you sent it."),
                form,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        String ref = params.getSingleParameter("ref").orElse("");
        String code = params.getSingleParameter("code").orElse("");
        form.prefill(ref, code);
        if (!ref.isBlank() && !code.isBlank()) {
            result.show(referrals.checkStatus(ref, code));
        }
    }
}
