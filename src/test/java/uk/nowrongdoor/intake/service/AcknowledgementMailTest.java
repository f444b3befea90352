package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;

/**
 * With SMTP settings the acknowledgement is queued with the submission and sent by the background sender, to an
 * in-process GreenMail server. The sender is called by hand with explicit instants (its timer is off in tests).
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class AcknowledgementMailTest {

    /** Just after the messages are queued (the app's clock is the real one here). */
    private final Instant NOW = Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    FeedbackService feedbackService;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    OutboxService outboxService;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        outbox.deleteAll();
        rateLimiter.reset();
    }

    @Test
    void the_acknowledgement_is_queued_with_the_submission_and_delivered_by_the_sender_without_the_story()
            throws Exception {
        var receipt = feedbackService.submitFeedback(FeedbackFixtures.namedComplaint("alex@example.com"), "192.0.2.1");
        assertThat(greenMail.getReceivedMessages())
                .as("nothing is sent on the person's request")
                .isEmpty();
        assertThat(outbox.findByTo("alex@example.com")).hasSize(1);

        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        var message = greenMail.getReceivedMessages()[0];
        String body = GreenMailUtil.getBody(message);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("alex@example.com");
        assertThat(message.getSubject()).isEqualTo(AcknowledgementMailer.SUBJECT);
        assertThat(body).contains(receipt.reference()).doesNotContain("receptionist", "medication", "apology");
        assertThat(outbox.count()).as("sent messages leave the outbox").isZero();
    }

    @Test
    void a_mail_server_that_is_down_does_not_stop_the_submission_and_the_email_is_retried_with_back_off() {
        greenMail.stop();
        var receipt = feedbackService.submitFeedback(FeedbackFixtures.namedComplaint("kim@example.com"), "192.0.2.3");
        assertThat(receipt.acknowledgementEmailed()).isTrue();

        assertThat(sender.sendDue(NOW)).isZero();
        var waiting = outbox.findByTo("kim@example.com").get(0);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));

        greenMail.start();
        assertThat(sender.sendDue(NOW.plusSeconds(30))).as("not due yet").isZero();
        assertThat(sender.sendDue(NOW.plusSeconds(61))).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(outbox.count()).isZero();
    }

    @Test
    void after_six_refusals_the_email_is_marked_failed_for_staff_and_no_longer_tried() {
        greenMail.stop();
        outboxService.queue("lee@example.com", "Subject", "Reference NWD-F-AAAA-BBBB");

        Instant at = NOW;
        for (int i = 0; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            sender.sendDue(at);
            at = at.plus(Duration.ofHours(2));
        }

        var message = outbox.findByTo("lee@example.com").get(0);
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.getReason()).isEqualTo("MailSendException");
        greenMail.start();
        assertThat(sender.sendDue(at.plus(Duration.ofDays(1)))).isZero();
    }

    @Test
    void the_smtp_connection_has_connect_read_and_write_time_outs() {
        assertThat(mailSender.getJavaMailProperties())
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "10000")
                .containsEntry("mail.smtp.writetimeout", "10000");
    }

    @Test
    void anonymous_feedback_queues_no_email() {
        feedbackService.submitFeedback(FeedbackFixtures.anonymousCompliment(), "192.0.2.2");

        assertThat(outbox.count()).isZero();
        assertThat(sender.sendDue(Instant.now())).isZero();
    }
}
