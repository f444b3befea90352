package uk.nowrongdoor.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;

/**
 * Sends due outbox messages in the background, so a slow or hung mail server never holds up a person's confirmation
 * page (the SMTP connect, read and write time-outs are in application.properties). A message the server accepted is
 * deleted; one it did not is tried again later with back-off ({@link OutboxMessage#failed}). No transaction is held
 * open while talking to the mail server.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMessageRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final IntakeProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    OutboxSender(
            OutboxMessageRepository outbox,
            ObjectProvider<JavaMailSender> mailSender,
            IntakeProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @SchedulerLock(name = "outbox-sender")
    @Scheduled(
            fixedDelayString = "${nwd.mail.send-interval:PT30S}",
            initialDelayString = "${nwd.mail.send-initial-delay:PT20S}")
    void sendDueMessages() {
        sendDue(clock.instant());
    }

    /** Sends what is due at {@code now}; returns how many the server accepted. */
    int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0; // no mail server: messages wait in the outbox for staff
        }
        List<OutboxMessage> due =
                tx.execute(s -> outbox.findTop20ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
                        OutboxMessage.Status.PENDING, now));
        int sent = 0;
        for (OutboxMessage message : due == null ? List.<OutboxMessage>of() : due) {
            Long id = message.getId();
            try {
                sender.send(toMail(message));
                tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(outbox::delete));
                sent++;
            } catch (MailException e) {
                // the exception message can quote the address: keep and log the type only
                String kind = e.getClass().getSimpleName();
                tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m -> m.failed(kind, now)));
                log.warn("An outbox email was not accepted by the mail server ({}); it will be tried again", kind);
            }
        }
        return sent;
    }

    private SimpleMailMessage toMail(OutboxMessage message) {
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(message.getTo());
        mail.setSubject(message.getSubject());
        mail.setText(message.getBody());
        return mail;
    }
}
