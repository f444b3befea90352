package uk.nowrongdoor.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;

/** With SMTP settings the acknowledgement is really sent, to an in-process GreenMail server. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class AcknowledgementMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    FeedbackService feedbackService;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    OutboxMessageRepository outbox;

    @AfterEach
    void cleanUp() {
        feedback.deleteAll();
        outbox.deleteAll();
    }

    @Test
    void with_smtp_configured_the_acknowledgement_is_delivered_without_the_story() throws Exception {
        var receipt = feedbackService.submitFeedback(FeedbackFixtures.namedComplaint("alex@example.com"), "192.0.2.1");

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        var message = greenMail.getReceivedMessages()[0];
        String body = GreenMailUtil.getBody(message);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("alex@example.com");
        assertThat(message.getSubject()).isEqualTo(AcknowledgementMailer.SUBJECT);
        assertThat(body).contains(receipt.reference()).doesNotContain("receptionist", "medication", "apology");
        assertThat(outbox.count()).isZero();
    }

    @Test
    void anonymous_feedback_sends_no_email() throws Exception {
        feedbackService.submitFeedback(FeedbackFixtures.anonymousCompliment(), "192.0.2.2");

        assertThat(greenMail.waitForIncomingEmail(1000, 1)).isFalse();
    }
}
