package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.intake.ui.StatusResult;
import uk.nowrongdoor.referral.service.ReferralTarget;

/** Shown only after the referral is committed: the reference, the status code (typed on the status page, never put in a link) and a link to that page. */
class ReferralConfirmation extends Div {

    ReferralConfirmation(Receipt receipt, ReferralTarget target) {
        addClassName("nwd-confirmation");
        var panel = new Div(
                new H1("Request sent"),
                new Paragraph("Your reference number"),
                strong(receipt.reference(), "nwd-reference"));
        panel.addClassName("nwd-panel");
        panel.getElement().setAttribute("role", "status");
        add(panel);
        String code = receipt.statusCode();
        if (code == null) {
            add(new Paragraph(StatusResult.SENT_BEFORE));
        } else {
            add(new Paragraph("Your status code"), strong(code, "nwd-status-code"));
        }
        add(
                new Paragraph("Keep your reference and status code somewhere private. You need both to check "
                        + "progress; no one else can see it without them."),
                new Anchor("referral-status?ref=" + receipt.reference(), "Check the progress of your request"),
                new H2("What happens next"),
                new Paragraph(target.organisationName() + " will get your request and contact you in the way you "
                        + "asked. How soon depends on the service; they do not work around the clock."),
                new Paragraph(RiskNotice.NOT_MONITORED));
    }

    private static Span strong(String text, String className) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
