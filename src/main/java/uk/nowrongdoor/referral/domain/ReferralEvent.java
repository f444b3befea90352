package uk.nowrongdoor.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** One line of a referral's history: who, what, when. Deleted with the referral. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent extends AbstractEntity {

    public static final int NOTE_MAX = 1000;
    public static final String AUTOMATIC = "Automatic check";
    public static final String THE_PERSON = "The person, online";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private SelfReferral referral;

    @Column(nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReferralEventKind kind = ReferralEventKind.SENT;

    private @Nullable Long actorAccountId;

    @Column(nullable = false, length = 254)
    private String actorName = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable ReferralStatus status;

    @Column(length = 300)
    private @Nullable String movedTo;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable CloseReason closeReason;

    @Column(length = NOTE_MAX)
    private @Nullable String note;

    protected ReferralEvent() {}

    public ReferralEvent(
            SelfReferral referral,
            Instant occurredAt,
            ReferralEventKind kind,
            @Nullable Long actorAccountId,
            String actorName) {
        this.referral = referral;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.status = referral.getStatus();
    }

    public ReferralEvent movedTo(String where) {
        this.movedTo = where;
        return this;
    }

    public ReferralEvent closeReason(CloseReason reason) {
        this.closeReason = reason;
        return this;
    }

    public ReferralEvent note(@Nullable String note) {
        this.note = note;
        return this;
    }

    public SelfReferral getReferral() {
        return referral;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ReferralEventKind getKind() {
        return kind;
    }

    public @Nullable Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public @Nullable ReferralStatus getStatus() {
        return status;
    }

    public @Nullable String getMovedTo() {
        return movedTo;
    }

    public @Nullable CloseReason getCloseReason() {
        return closeReason;
    }

    public @Nullable String getNote() {
        return note;
    }
}
