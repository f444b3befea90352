package uk.nowrongdoor.partner.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.domain.ListingField;

/** What the partner and moderation screens show: plain records, never entities. */
public final class PartnerViews {

    private PartnerViews() {}

    /** A listing on "My listings". */
    public record MyListing(
            Long id,
            String slug,
            String name,
            String organisationName,
            @Nullable LocalDate lastChecked,
            boolean stale,
            List<LiveNotice> liveNotices,
            long pendingRevisions) {}

    public record LiveNotice(Long id, String text, Instant expiresAt) {}

    /** The published values of the editable details. */
    public record ListingDetails(
            Long id, String slug, String name, String organisationName, Map<ListingField, String> values) {}

    /** One row of a difference: the field, what is published now (or was, for history), and the new value. */
    public record ChangeRow(String field, String before, String after) {}

    public record RevisionSummary(
            Long id,
            String status,
            Instant submittedAt,
            String submittedBy,
            List<ChangeRow> changes,
            @Nullable String reason) {}

    public record PendingRevision(
            Long id,
            Long listingId,
            String listingName,
            String listingSlug,
            String organisationName,
            String submittedBy,
            Instant submittedAt,
            List<ChangeRow> changes) {}

    public record OrganisationTrustRow(Long organisationId, String name, boolean trusted) {}

    /** What became of a partner's edit. */
    public enum Outcome {
        PUBLISHED,
        WAITING_FOR_APPROVAL
    }
}
