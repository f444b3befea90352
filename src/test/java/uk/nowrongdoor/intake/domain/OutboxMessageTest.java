package uk.nowrongdoor.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T19:30:00Z");

    @Test
    void a_refused_email_is_tried_again_after_1_3_9_27_and_81_minutes_then_given_up() {
        var message = new OutboxMessage("sam@example.com", "Subject", "Body", NOW);
        assertThat(message.getNextAttemptAt()).isEqualTo(NOW);

        long[] waits = {1, 3, 9, 27, 81};
        for (int i = 0; i < waits.length; i++) {
            message.failed("MailSendException", NOW);
            assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
            assertThat(Duration.between(NOW, message.getNextAttemptAt())).isEqualTo(Duration.ofMinutes(waits[i]));
        }
        message.failed("MailSendException", NOW);

        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(message.getAttempts()).isEqualTo(OutboxMessage.MAX_ATTEMPTS);
        assertThat(message.getReason()).isEqualTo("MailSendException");
    }
}
