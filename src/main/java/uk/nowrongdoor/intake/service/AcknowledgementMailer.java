package uk.nowrongdoor.intake.service;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;

/**
 * Sends acknowledgement emails through Spring's mail support once the submission is committed. Spring Boot makes a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set; without one (the embedded default), or when the
 * server refuses, the message goes to the outbox table for staff to read.
 */
@Service
class AcknowledgementMailer {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementMailer.class);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final String SUBJECT = "No Wrong Door: we have received your message";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OutboxMessageRepository outbox;
    private final IntakeProperties properties;
    private final Clock clock;

    AcknowledgementMailer(
            ObjectProvider<JavaMailSender> mailSender,
            OutboxMessageRepository outbox,
            IntakeProperties properties,
            Clock clock) {
        this.mailSender = mailSender;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void acknowledge(AcknowledgementRequested request) {
        // A neutral subject: someone else may see the inbox. No story, no service name, only the reference.
        String body = "Thank you. We have received your message.\n\n"
                + "Your reference is " + request.reference() + ".\n\n"
                + "We will acknowledge it by " + DATE.format(request.acknowledgeBy()) + " (within 3 working days).\n"
                + "Check its progress with your reference and the status code you were shown: "
                + properties.publicUrl() + "/" + request.statusPath() + "?ref=" + request.reference() + "\n\n"
                + "This email address is not watched. If you need help now, call NHS 111 and choose the mental "
                + "health option, call Samaritans free on 116 123, or call 999 in an emergency.\n";
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            outbox.save(new OutboxMessage(request.to(), SUBJECT, body, OutboxMessage.NO_SMTP, clock.instant()));
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(request.to());
        message.setSubject(SUBJECT);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            // the exception message can quote the address: log the type only
            log.warn(
                    "Acknowledgement for a submission could not be sent ({}); kept in the outbox",
                    e.getClass().getSimpleName());
            outbox.save(new OutboxMessage(request.to(), SUBJECT, body, OutboxMessage.SEND_FAILED, clock.instant()));
        }
    }
}
