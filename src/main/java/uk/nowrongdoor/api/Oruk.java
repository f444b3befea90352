package uk.nowrongdoor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Open Referral UK 3.0 response shapes. Empty optional fields are left out (the standard asks for that); only public
 * fields exist here at all, so nothing private can slip into the feed.
 */
final class Oruk {

    static final String VERSION = "3.0";
    /** The slug the one taxonomy was published under before ids became UUIDs; still accepted as its id. */
    static final String TAXONOMY_SLUG = "no-wrong-door-categories";

    static final String TAXONOMY_NAME = "No Wrong Door categories";
    static final String TAXONOMY_DESCRIPTION =
            "The types of mental health and wellbeing support that the No Wrong Door directory lists.";
    static final java.util.UUID TAXONOMY_ID = uk.nowrongdoor.directory.domain.StableId.of(
            uk.nowrongdoor.directory.domain.StableId.TAXONOMY, TAXONOMY_SLUG);

    private Oruk() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"version", "profile", "openapiUrl"})
    record ApiDetails(String version, String profile, String openapiUrl) {}

    /** The paging envelope: its metadata comes first, and every field is always present. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"totalItems", "totalPages", "pageNumber", "size", "firstPage", "lastPage", "empty", "contents"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Page<T>(
            long totalItems,
            int totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {

        static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
            int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
            return new Page<>(
                    total, pages, page, contents.size(), page <= 1, page >= pages, contents.isEmpty(), contents);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Service(
            String id,
            String name,
            String status,
            @Nullable String organizationId,
            @Nullable String description,
            String url,
            @Nullable String email,
            @Nullable String interpretationServices,
            @Nullable String feesDescription,
            @Nullable String eligibilityDescription,
            @Nullable Integer minimumAge,
            @Nullable Integer maximumAge,
            @Nullable LocalDate assuredDate,
            @Nullable String alert,
            @Nullable Instant lastModified,
            @Nullable Organization organization,
            List<Phone> phones,
            List<Schedule> schedules,
            List<ServiceArea> serviceAreas,
            List<ServiceAtLocation> serviceAtLocations,
            List<Language> languages,
            List<Attribute> attributes,
            List<Metadata> metadata) {

        /** The same service with its change log. */
        Service withMetadata(List<Metadata> log) {
            return new Service(
                    id,
                    name,
                    status,
                    organizationId,
                    description,
                    url,
                    email,
                    interpretationServices,
                    feesDescription,
                    eligibilityDescription,
                    minimumAge,
                    maximumAge,
                    assuredDate,
                    alert,
                    lastModified,
                    organization,
                    phones,
                    schedules,
                    serviceAreas,
                    serviceAtLocations,
                    languages,
                    attributes,
                    log);
        }
    }

    /**
     * One entry of a service's change log: a field changed, from what, to what, when, and by which organisation
     * ({@code updated_by} names an organisation, never a person). Every field is required by ORUK, so an empty value
     * is an empty string.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Metadata(
            String id,
            String resourceId,
            String resourceType,
            LocalDate lastActionDate,
            String lastActionType,
            String fieldName,
            String previousValue,
            String replacementValue,
            String updatedBy) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(String id, String name, String description, @Nullable String website, List<Service> services) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Phone(String id, @Nullable String serviceId, String number, @Nullable String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Schedule(
            String id,
            String serviceId,
            String freq,
            String byday,
            @Nullable String opensAt,
            @Nullable String closesAt,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceArea(String id, String serviceId, String name) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Language(String id, String serviceId, String name) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Attribute(
            String id,
            String linkId,
            String linkType,
            String linkEntity,
            String taxonomyTermId,
            @Nullable TaxonomyTerm taxonomyTerm) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Taxonomy(String id, String name, String description) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TaxonomyTerm(
            String id,
            String name,
            String description,
            String code,
            @Nullable String parentId,
            String taxonomy,
            String taxonomyId,
            String term) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceAtLocation(
            String id,
            String serviceId,
            String locationId,
            @Nullable String description,
            @Nullable Location location,
            @Nullable Service service) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Location(
            String id,
            String locationType,
            @Nullable String name,
            @Nullable String description,
            @Nullable String transportation,
            @Nullable Double latitude,
            @Nullable Double longitude,
            List<Address> addresses,
            List<Accessibility> accessibility) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Address(
            String id,
            String locationId,
            @JsonProperty("address_1") String address1,
            String city,
            String stateProvince,
            String postalCode,
            String country,
            String addressType) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Accessibility(String id, String locationId, String description) {}
}
