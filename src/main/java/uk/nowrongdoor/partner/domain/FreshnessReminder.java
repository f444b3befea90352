package uk.nowrongdoor.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** A reminder sent about one listing, for one stage of one last-checked date (so it is never sent twice). */
@Entity
@Table(name = "freshness_reminder")
public class FreshnessReminder extends AbstractEntity {

    /** Which reminder. */
    public enum Stage {
        FIRST,
        SECOND,
        NEVER_CHECKED
    }

    @Column(nullable = false)
    private Long listingId = 0L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.FIRST;

    private @Nullable LocalDate checkedOn;

    @Column(nullable = false)
    private Instant sentAt = Instant.EPOCH;

    protected FreshnessReminder() {}

    public FreshnessReminder(Long listingId, Stage stage, @Nullable LocalDate checkedOn, Instant sentAt) {
        this.listingId = listingId;
        this.stage = stage;
        this.checkedOn = checkedOn;
        this.sentAt = sentAt;
    }

    public Long getListingId() {
        return listingId;
    }

    public Stage getStage() {
        return stage;
    }

    public @Nullable LocalDate getCheckedOn() {
        return checkedOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
