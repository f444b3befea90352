package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** One change to a feedback item: who, what (field names and coded values only, never notes), when. */
@Entity
@Table(name = "feedback_event")
public class FeedbackEvent extends AbstractEntity {

    public static final int WHAT_MAX = 500;

    @Column(nullable = false)
    private Long feedbackId = 0L;

    @Column(nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(nullable = false, length = 254)
    private String actor = "";

    @Column(nullable = false, length = WHAT_MAX)
    private String what = "";

    protected FeedbackEvent() {}

    public FeedbackEvent(Long feedbackId, Instant occurredAt, String actor, String what) {
        this.feedbackId = feedbackId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.what = what.length() > WHAT_MAX ? what.substring(0, WHAT_MAX) : what;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getWhat() {
        return what;
    }
}
