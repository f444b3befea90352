package uk.nowrongdoor.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.intake.ui.StatusResult;

/** Shown only after the feedback is committed. */
class FeedbackConfirmation extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    FeedbackConfirmation(Receipt receipt, boolean anonymous) {
        addClassName("nwd-confirmation");
        var reference = new Span(receipt.reference());
        reference.addClassName("nwd-reference");
        var panel = new Div(new H1("Feedback sent"), new Paragraph("Your reference number"), reference);
        panel.addClassName("nwd-panel");
        panel.getElement().setAttribute("role", "status");
        add(panel);
        String statusCode = receipt.statusCode();
        if (statusCode == null) {
            add(new Paragraph(StatusResult.SENT_BEFORE));
        } else {
            var code = new Span(statusCode);
            code.addClassName("nwd-status-code");
            add(new Paragraph("Your status code"), code);
        }
        add(new Paragraph("Keep your reference and status code somewhere private. You need both to check progress."));
        // the code is typed on the status page, never put in a link (history, logs, shared screenshots)
        add(new Anchor("feedback-status?ref=" + receipt.reference(), "Check the progress of your feedback"));
        add(new H2("What happens next"));
        if (receipt.acknowledgeBy() != null && !anonymous) {
            add(new Paragraph(
                    "We will acknowledge it by " + DATE.format(receipt.acknowledgeBy()) + " (within 3 working days)."));
        }
        if (anonymous) {
            add(new Paragraph("You sent this without your name, so we cannot reply to you or send updates. You can "
                    + "still check its progress with your reference and status code."));
        } else if (receipt.acknowledgementEmailed()) {
            add(new Paragraph(
                    "We will email you your reference number shortly. The email does not include what you wrote."));
        }
        add(new Paragraph(RiskNotice.NOT_MONITORED));
    }
}
