package uk.nowrongdoor.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.LocationType;

/** The files of {@code content/} as read, before they become entities. Field names are the files' keys. */
record ContentSet(
        List<TreeNode> categories,
        List<TreeNode> places,
        List<CrisisLineEntry> crisisLines,
        List<DirectoryFile> directory) {

    /** A category or place; only a place (a town) may name the postcode district of its centre. */
    record TreeNode(String slug, String name, @Nullable String postcodeDistrict, @Nullable List<TreeNode> children) {
        List<TreeNode> childList() {
            return children == null ? List.of() : children;
        }

        /** Every node of these trees, each before its children. */
        static java.util.stream.Stream<TreeNode> all(List<TreeNode> roots) {
            return roots.stream()
                    .flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n), all(n.childList())));
        }
    }

    record CrisisLineEntry(
            String id,
            String name,
            String action,
            String dial,
            String kind,
            @Nullable String smsBody,
            String description,
            LocalDate verifiedOn) {}

    /** One organisation's file; {@code file} is its name, for messages. */
    record DirectoryFile(String file, OrganisationEntry organisation, List<ListingEntry> listings) {}

    record OrganisationEntry(
            String id, String name, @Nullable String description, @Nullable String website, @Nullable String source) {}

    record ListingEntry(
            String id,
            String name,
            String summary,
            @Nullable String description,
            List<String> categories,
            List<String> places,
            @Nullable Integer minAge,
            @Nullable Integer maxAge,
            @Nullable Set<AccessMethod> access,
            @Nullable Set<DeliveryMode> delivery,
            @Nullable Boolean free,
            @Nullable String cost,
            @Nullable List<String> languages,
            @Nullable Boolean bsl,
            @Nullable Boolean interpreting,
            @Nullable Boolean acceptsSelfReferral,
            @Nullable String eligibility,
            @Nullable String alert,
            @Nullable LocalDate alertUntil,
            @Nullable String phone,
            @Nullable String text,
            @Nullable String email,
            @Nullable String website,
            @Nullable String crisisLine,
            @Nullable String source,
            @Nullable List<LocationEntry> locations,
            @Nullable List<SessionEntry> sessions,
            @Nullable List<ExceptionEntry> exceptions) {}

    record LocationEntry(
            @Nullable String name,
            @Nullable String address,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable String place,
            @Nullable String howToFind,
            @Nullable String transport,
            @Nullable String accessibility,
            @Nullable Boolean sensitive,
            @Nullable LocationType type) {

        LocationType typeOrVenue() {
            return type == null ? LocationType.VENUE : type;
        }
    }

    record SessionEntry(
            Set<DayOfWeek> days,
            @Nullable LocalTime opens,
            @Nullable LocalTime closes,
            @Nullable Boolean allDay,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    record ExceptionEntry(
            LocalDate date,
            @Nullable Boolean closed,
            @Nullable LocalTime opens,
            @Nullable LocalTime closes,
            @Nullable String note) {}

    /** The wrapper Jackson reads a directory file into. */
    record RawDirectoryFile(
            @JsonProperty(required = true) OrganisationEntry organisation,
            @JsonProperty(required = true) List<ListingEntry> listings) {}
}
