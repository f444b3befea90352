package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.nowrongdoor.intake.service.StatusReport;

/** The answer to a status check, announced politely to screen readers. */
public class StatusResult extends Div {

    public static final String NOT_FOUND = "We could not find anything with that reference number and status code. "
            + "Check both and try again. If you have lost your code, contact the service directly.";
    /** On a confirmation when the same form had been sent before: its status code is not shown again. */
    public static final String SENT_BEFORE = "This form had already been sent, so nothing new was stored. Your status "
            + "code is the one shown when you first sent it; for your privacy we cannot show it again. If you do not "
            + "have it, contact the service directly and give your reference number.";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public StatusResult() {
        addClassName("nwd-status-result");
        getElement().setAttribute("role", "status");
    }

    public void show(Optional<StatusReport> report) {
        removeAll();
        report.ifPresentOrElse(
                r -> add(
                        new H2("Status of " + r.reference()),
                        new Paragraph(r.explanation()),
                        new Paragraph("Sent on " + DATE.format(r.sentOn()) + " to " + r.sentTo() + ".")),
                () -> add(new Paragraph(NOT_FOUND)));
    }

    /** Checking was refused (too many wrong tries): say why. */
    public void refused(String message) {
        removeAll();
        add(new Paragraph(message));
    }
}
