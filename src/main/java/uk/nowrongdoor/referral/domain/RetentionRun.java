package uk.nowrongdoor.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** What one run of the retention job deleted: counts only, never what was in them. */
@Entity
@Table(name = "referral_retention_run")
public class RetentionRun extends AbstractEntity {

    @Column(nullable = false)
    private Instant ranAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant closedBefore = Instant.EPOCH;

    private int referralsDeleted;

    private int eventsDeleted;

    protected RetentionRun() {}

    public RetentionRun(Instant ranAt, Instant closedBefore, int referralsDeleted, int eventsDeleted) {
        this.ranAt = ranAt;
        this.closedBefore = closedBefore;
        this.referralsDeleted = referralsDeleted;
        this.eventsDeleted = eventsDeleted;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public Instant getClosedBefore() {
        return closedBefore;
    }

    public int getReferralsDeleted() {
        return referralsDeleted;
    }

    public int getEventsDeleted() {
        return eventsDeleted;
    }
}
