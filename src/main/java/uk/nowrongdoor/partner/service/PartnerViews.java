package uk.nowrongdoor.partner.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.domain.ExceptionDraft;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.LocationDraft;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.domain.SessionDraft;

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
            long pendingRevisions,
            boolean publicNow,
            @Nullable String visibility) {}

    public record MyOrganisation(Long id, String name) {}

    /** A partner's new listing: the name and summary are needed, the rest may follow as edits. */
    public record NewListingRequest(
            Long organisationId,
            String name,
            String summary,
            @Nullable String description,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String website) {}

    /** The weekly sessions and the dated changes from today on, as the timetable editor shows them. */
    public record TimetableDetails(
            Long id,
            String slug,
            String name,
            String organisationName,
            List<SessionDraft> sessions,
            List<ExceptionDraft> upcoming,
            long pendingTimetableChanges,
            LocalDate today) {}

    /** A listing's locations as the locations editor shows them, and the towns to choose from. */
    public record LocationDetails(
            Long id,
            String slug,
            String name,
            String organisationName,
            List<LocationDraft> locations,
            List<Choice> towns,
            long pendingLocationChanges) {}

    /** Something to choose by its slug: a town, a category. */
    public record Choice(String slug, String name) {}

    /** A top-level category and the categories under it (the first choice is the top-level one itself). */
    public record CategoryGroup(String name, List<Choice> choices) {}

    public record CategoryDetails(
            Long id,
            String slug,
            String name,
            String organisationName,
            List<CategoryGroup> groups,
            Set<String> chosen,
            long pendingCategoryChanges) {}

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
            RevisionKind kind,
            @Nullable String partnerNote,
            List<ChangeRow> changes,
            /* the feed, when an Open Referral feed import proposed it; null for a partner's change */
            @Nullable String importedFrom) {}

    public record OrganisationTrustRow(Long organisationId, String name, boolean trusted) {}

    /** What became of a partner's edit. */
    public enum Outcome {
        PUBLISHED,
        WAITING_FOR_APPROVAL
    }
}
