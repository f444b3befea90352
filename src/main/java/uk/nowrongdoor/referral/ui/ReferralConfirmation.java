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
                // in a paragraph of its own, so it is not a link inside running text (axe link-in-text-block)
                new Paragraph(
                        new Anchor("referral-status?ref=" + receipt.reference(), "Check the progress of your request")),
                new H2("What happens next"),
                new Paragraph("Your request is with " + target.organisationName() + ". They aim to contact you within "
                        + target.firstContactWithin() + ", in the way you asked."),
                new Paragraph("If no one there has opened it within " + target.coordinatorsAfter()
                        + ", the partnership's referral coordinators are told, and they make sure someone picks it "
                        + "up. You can check its progress with the link above."),
                new Paragraph(RiskNotice.NOT_MONITORED));
    }

    private static Span strong(String text, String className) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
