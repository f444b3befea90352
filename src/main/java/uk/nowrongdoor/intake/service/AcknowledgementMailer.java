package uk.nowrongdoor.intake.service;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Writes the acknowledgement email into the outbox inside the submitting transaction, so it exists exactly when the
 * submission does; {@link OutboxSender} sends it in the background (or staff pass it on when no mail server is set).
 */
@Service
class AcknowledgementMailer {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final String SUBJECT = "No Wrong Door: we have received your message";

    private final OutboxService outbox;
    private final IntakeProperties properties;

    AcknowledgementMailer(OutboxService outbox, IntakeProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @EventListener
    public void acknowledge(AcknowledgementRequested request) {
        // A neutral subject: someone else may see the inbox. No story, no service name, only the reference.
        String body = "Thank you. We have received your message.\n\n"
                + "Your reference is " + request.reference() + ".\n\n"
                + "We will acknowledge it by " + DATE.format(request.acknowledgeBy()) + " (within 3 working days).\n"
                + "Check its progress with your reference and the status code you were shown: "
                + properties.publicUrl() + "/" + request.statusPath() + "?ref=" + request.reference() + "\n\n"
                + "This email address is not watched. If you need help now, call NHS 111 and choose the mental "
                + "health option, call Samaritans free on 116 123, or call 999 in an emergency.\n";
        outbox.queue(request.to(), SUBJECT, body);
    }
}
