package uk.nowrongdoor.partner.domain;

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
import uk.nowrongdoor.directory.domain.Listing;

/** A member of the public's "this listing is wrong", for the owning organisation's partners and the admins. */
@Entity
@Table(name = "edit_suggestion")
public class EditSuggestion extends AbstractEntity {

    public static final int DETAILS_MAX = 1000;
    public static final int CONTACT_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Listing listing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionReason reason = SuggestionReason.OTHER;

    @Column(length = DETAILS_MAX)
    private @Nullable String details;

    @Column(length = CONTACT_MAX)
    private @Nullable String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus status = SuggestionStatus.NEW;

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    private @Nullable Instant statusChangedAt;

    protected EditSuggestion() {}

    public EditSuggestion(
            Listing listing,
            SuggestionReason reason,
            @Nullable String details,
            @Nullable String contact,
            Instant createdAt) {
        this.listing = listing;
        this.reason = reason;
        this.details = details;
        this.contact = contact;
        this.createdAt = createdAt;
    }

    public void setStatus(SuggestionStatus status, Instant at) {
        this.status = status;
        this.statusChangedAt = at;
    }

    public Listing getListing() {
        return listing;
    }

    public SuggestionReason getReason() {
        return reason;
    }

    public @Nullable String getDetails() {
        return details;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
