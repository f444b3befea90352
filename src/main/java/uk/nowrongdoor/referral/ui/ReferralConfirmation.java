package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.referral.service.ReferralTarget;

/** Shown only after the referral is committed: the reference, the status code and a private status link. */
class ReferralConfirmation extends Div {

    ReferralConfirmation(Receipt receipt, ReferralTarget target) {
        addClassName("nwd-confirmation");
        var panel = new Div(
                new H1("Request sent"),
                new Paragraph("Your reference number"),
                strong(receipt.reference(), "nwd-reference"));
        panel.addClassName("nwd-panel");
        panel.getElement().setAttribute("role", "status");
        String link = "referral-status?ref=" + receipt.reference() + "&code=" + receipt.statusCode();
        add(
                panel,
                new Paragraph("Your status code"),
                strong(receipt.statusCode(), "nwd-status-code"),
                new Paragraph("Keep your reference and status code somewhere private. You need both to check "
                        + "progress; no one else can see it without them."),
                new Anchor(link, "Check the progress of your request (private link)"),
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
