package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One change set in a listing's history (Hibernate Envers). It records who acted, by staff account id (null for the
 * content loader, the feed import and other system work), and the organisation the change was made for, which is
 * what the Open Referral change log publishes: never a person.
 */
@Entity
@Table(name = "history_revision")
@RevisionEntity(HistoryRevisionListener.class)
public class HistoryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "staff_account_id")
    private @Nullable Long staffAccountId;

    @Column(name = "organisation_name", length = 200)
    private @Nullable String organisationName;

    /** The change set Flyway V41 made to hold the locations as they were: a starting point, not a change. */
    @Column(nullable = false, updatable = false)
    private boolean baseline;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public @Nullable Long getStaffAccountId() {
        return staffAccountId;
    }

    public void setStaffAccountId(@Nullable Long staffAccountId) {
        this.staffAccountId = staffAccountId;
    }

    public boolean isBaseline() {
        return baseline;
    }

    public @Nullable String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(@Nullable String organisationName) {
        this.organisationName = organisationName;
    }
}
