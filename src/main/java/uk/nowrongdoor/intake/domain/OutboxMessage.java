package uk.nowrongdoor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import uk.nowrongdoor.base.domain.AbstractEntity;

/**
 * An email waiting to be sent, or that could not be. Every email goes through here: the scheduled sender takes due
 * messages and deletes them once the mail server has accepted them. It holds a reference and a link only, never a
 * person's story.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    /** Waiting for its first try, or for a retry at {@link #getNextAttemptAt()}. */
    public enum Status {
        PENDING,
        /** Tried {@link #MAX_ATTEMPTS} times: staff pass it on by hand or try again. */
        FAILED
    }

    public static final int MAX_ATTEMPTS = 6;
    public static final String QUEUED = "QUEUED";
    public static final int TO_MAX = 254;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;

    @Column(name = "to_address", nullable = false, length = TO_MAX)
    private String to = "";

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject = "";

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    /** The kind of the last failure (an exception's simple name, never its message), or {@link #QUEUED}. */
    @Column(nullable = false, length = 40)
    private String reason = QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    /** An invitation or a password reset: only admins may see it on the outbox screen. */
    @Column(nullable = false)
    private boolean carriesSignInLink;

    protected OutboxMessage() {}

    public OutboxMessage(String to, String subject, String body, Instant createdAt) {
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public static OutboxMessage withSignInLink(String to, String subject, String body, Instant createdAt) {
        var message = new OutboxMessage(to, subject, body, createdAt);
        message.carriesSignInLink = true;
        return message;
    }

    public boolean carriesSignInLink() {
        return carriesSignInLink;
    }

    /**
     * The mail server did not take it: try again later, waiting 1, 3, 9, 27 then 81 minutes, and give up after
     * {@link #MAX_ATTEMPTS} tries.
     */
    public void failed(String failureKind, Instant now) {
        attempts++;
        reason = failureKind.length() > 40 ? failureKind.substring(0, 40) : failureKind;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(backOff(attempts));
        }
    }

    /** Staff asked for another round of tries. */
    public void retryNow(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    static Duration backOff(int failedAttempts) {
        return Duration.ofMinutes((long) Math.pow(3, failedAttempts - 1));
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

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
