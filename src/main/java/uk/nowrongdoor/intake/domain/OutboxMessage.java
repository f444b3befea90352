package uk.nowrongdoor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** An email that was not handed to an SMTP server. It holds a reference and a link only, never a person's story. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    public static final String NO_SMTP = "NO_SMTP_CONFIGURED";
    public static final String SEND_FAILED = "SEND_FAILED";

    @Column(name = "to_address", nullable = false, length = 254)
    private String to = "";

    @Column(nullable = false, length = 200)
    private String subject = "";

    @Column(nullable = false, length = 4000)
    private String body = "";

    @Column(nullable = false, length = 40)
    private String reason = NO_SMTP;

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected OutboxMessage() {}

    public OutboxMessage(String to, String subject, String body, String reason, Instant createdAt) {
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
