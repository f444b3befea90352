package uk.nowrongdoor.partner.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;

/** A partner's change to a listing's details, stored as data (field, value before, new value) until decided. */
@Entity
@Table(name = "listing_revision")
public class ListingRevision extends AbstractEntity {

    public static final int REASON_MAX = 500;
    public static final int NOTE_MAX = 500;
    public static final int IMPORTED_FROM_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Listing listing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionStatus status = RevisionStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionKind kind = RevisionKind.CHANGE;

    /** What the partner wrote with a request to withdraw the listing. */
    @Column(name = "partner_note", length = NOTE_MAX)
    private @Nullable String partnerNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "listing_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    @Column(nullable = false)
    private long submittedBy;

    @Column(nullable = false, length = 254)
    private String submittedByEmail = "";

    @Column(nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(length = 254)
    private @Nullable String decidedByEmail;

    private @Nullable Instant decidedAt;

    @Column(length = REASON_MAX)
    private @Nullable String reason;

    /** The feed this revision came from, when an Open Referral feed import proposed it rather than a partner. */
    @Column(name = "imported_from", length = IMPORTED_FROM_MAX)
    private @Nullable String importedFrom;

    protected ListingRevision() {}

    public ListingRevision(
            Listing listing, List<FieldChange> changes, long submittedBy, String submittedByEmail, Instant at) {
        this.listing = listing;
        this.changes = new ArrayList<>(changes);
        this.submittedBy = submittedBy;
        this.submittedByEmail = submittedByEmail;
        this.submittedAt = at;
    }

    /** A new listing or a request to withdraw one: always decided by an admin. */
    public ListingRevision asRequest(RevisionKind requested, @Nullable String note) {
        this.kind = requested;
        this.partnerNote = note;
        return this;
    }

    /** Marks the revision as proposed by an Open Referral feed import from the given source. */
    public ListingRevision fromImport(String source) {
        this.importedFrom = source;
        return this;
    }

    public @Nullable String getImportedFrom() {
        return importedFrom;
    }

    /**
     * Writes every change into the listing, when none names other records (locations or categories: those need
     * {@link #applyTo(Listing, DirectoryLookup)}, else this throws {@link IllegalStateException}).
     */
    public void applyTo(Listing target) {
        changes.forEach(c -> c.getField().apply(target, c.getPreviousValue(), c.getNewValue()));
    }

    /**
     * Writes every change into the listing.
     *
     * @return the locations whose postcode or town changed, whose point must be looked up again
     */
    public List<Location> applyTo(Listing target, DirectoryLookup lookup) {
        var moved = new ArrayList<Location>();
        changes.forEach(c -> moved.addAll(c.getField().apply(target, c.getPreviousValue(), c.getNewValue(), lookup)));
        return moved;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public @Nullable String getPartnerNote() {
        return partnerNote;
    }

    public void decide(RevisionStatus outcome, String byEmail, Instant at, @Nullable String why) {
        if (status != RevisionStatus.PENDING) {
            throw new IllegalStateException("Already decided");
        }
        this.status = outcome;
        this.decidedByEmail = byEmail;
        this.decidedAt = at;
        this.reason = why;
    }

    public Listing getListing() {
        return listing;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
    }

    public long getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmittedByEmail() {
        return submittedByEmail;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getDecidedByEmail() {
        return decidedByEmail;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
