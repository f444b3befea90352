package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nowrongdoor.base.domain.AbstractEntity;

/**
 * One run of the feedback retention job, or one rights request an admin carried out (an export or an erasure):
 * when, who, how many items, and the cut-offs used. Never whose feedback it was, what they searched for or what it said.
 */
@Entity
@Table(name = "feedback_privacy_log")
public class PrivacyLogEntry extends AbstractEntity {

    public static final int DETAIL_MAX = 500;

    public enum Action {
        RETENTION,
        EXPORT,
        ERASURE
    }

    @Column(nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action = Action.RETENTION;

    @Column(nullable = false, length = 254)
    private String actor = "";

    private int items;

    @Column(nullable = false, length = DETAIL_MAX)
    private String detail = "";

    protected PrivacyLogEntry() {}

    public PrivacyLogEntry(Instant occurredAt, Action action, String actor, int items, String detail) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.items = items;
        this.detail = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Action getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public int getItems() {
        return items;
    }

    public String getDetail() {
        return detail;
    }
}
