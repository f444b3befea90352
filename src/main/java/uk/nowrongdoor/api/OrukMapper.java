package uk.nowrongdoor.api;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.StableId;
import uk.nowrongdoor.directory.domain.WeeklySession;
import uk.nowrongdoor.directory.service.ListingHistory;

/**
 * Maps directory entities to Open Referral UK 3.0 shapes: listing to service, organisation to organization, category to
 * taxonomy term, weekly session to schedule. Every id is a UUID that never changes once published: a listing,
 * organisation, location or category has its own (stored with it); a record that lives inside one of those has an id
 * derived from its owner's UUID and a fixed suffix ({@link StableId#derived}): a schedule ({@code schedule-<n>}, its
 * position), a service area ({@code service-area:<place slug>}), a phone ({@code phone}, {@code text-phone}), a
 * language ({@code language-<n>}, {@code language-bsl}), an attribute ({@code attribute:<term uuid>}), a location's
 * address ({@code address}) and accessibility ({@code accessibility}), and a service at location (the location's
 * UUID, {@code service-at-location}; a location belongs to one listing). Internal fields (source notes, who edited)
 * have no place in these shapes. A sensitive venue gives only its rounded point and outward code.
 */
final class OrukMapper {

    static final String WITHHELD = "Address withheld for safety: given when you contact the service";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OrukMapper() {}

    /**
     * A service. {@code site} is the directory's own address: a listing without a website of its own gives its page
     * there as its url. {@code full} nests its organization.
     */
    static Oruk.Service service(Listing l, boolean full, String site) {
        return service(l, full, site, true);
    }

    private static Oruk.Service service(Listing l, boolean full, String site, boolean withLocations) {
        UUID uuid = l.getUuid();
        String id = uuid.toString();
        var phones = new ArrayList<Oruk.Phone>();
        if (l.getPhone() != null && !l.getPhone().isBlank()) {
            phones.add(new Oruk.Phone(derived(uuid, "phone"), id, l.getPhone(), null));
        }
        if (l.getTextNumber() != null && !l.getTextNumber().isBlank()) {
            phones.add(new Oruk.Phone(derived(uuid, "text-phone"), id, l.getTextNumber(), "Text message"));
        }
        var languages = new ArrayList<Oruk.Language>();
        if (l.getLanguages() != null) {
            int n = 1;
            for (String name : l.getLanguages().split("\\s*,\\s*")) {
                if (!name.isBlank()) {
                    languages.add(new Oruk.Language(derived(uuid, "language-" + n++), id, name));
                }
            }
        }
        if (l.isBsl()) {
            languages.add(new Oruk.Language(derived(uuid, "language-bsl"), id, "British Sign Language"));
        }
        var areas = new ArrayList<Oruk.ServiceArea>();
        for (Place p : l.getPlaces()) {
            areas.add(new Oruk.ServiceArea(derived(uuid, "service-area:" + p.getSlug()), id, p.getName()));
        }
        var attributes = l.getCategories().stream()
                .map(c -> new Oruk.Attribute(
                        derived(uuid, "attribute:" + c.getUuid()),
                        id,
                        "service",
                        "service",
                        c.getUuid().toString(),
                        term(c)))
                .toList();
        return new Oruk.Service(
                id,
                l.getName(),
                status(l.getStatus()),
                l.getOrganisation().getUuid().toString(),
                description(l),
                url(l, site),
                l.getEmail(),
                l.isInterpreting() ? "Interpreters can be booked" : null,
                Boolean.TRUE.equals(l.getFree()) ? "Free" : l.getCost(),
                l.getEligibility(),
                l.getMinAge(),
                l.getMaxAge(),
                l.getLastChecked(),
                l.getAlert(),
                l.getUpdatedAt(),
                full ? organization(l.getOrganisation(), List.of()) : null,
                phones,
                schedules(l),
                areas,
                withLocations ? serviceAtLocations(l) : List.of(),
                languages,
                attributes,
                List.of());
    }

    /** A service's change log, oldest first as ORUK lists it; {@code entries} come newest first. */
    static List<Oruk.Metadata> metadata(Listing l, List<ListingHistory.Entry> entries) {
        UUID uuid = l.getUuid();
        var log = new ArrayList<Oruk.Metadata>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            var e = entries.get(i);
            // a location's change names the location (its published id), as ORUK's resource_id/resource_type mean
            UUID resource = e.location() == null ? uuid : e.location();
            log.add(new Oruk.Metadata(
                    derived(uuid, metadataKey(e)),
                    resource.toString(),
                    e.location() == null ? "service" : "location",
                    e.when().atZone(Application.LONDON).toLocalDate(),
                    e.action(),
                    e.field(),
                    e.from() == null ? "" : e.from(),
                    e.to() == null ? "" : e.to(),
                    e.organisationName()));
        }
        return log;
    }

    /**
     * A change's id, stable across requests: its change set and field, plus the location it names, plus the item for
     * weekly sessions and dated changes (one change set may add several under one field name).
     */
    private static String metadataKey(ListingHistory.Entry e) {
        String key = "metadata:" + e.revision() + ":" + e.field();
        if (e.location() != null) {
            key += ":" + e.location();
        }
        if (e.field().equals("weekly_session") || e.field().equals("dated_change")) {
            key += ":" + e.from() + ">" + e.to();
        }
        return key;
    }

    /** The listing's own website, or else its page in this directory. */
    static String url(Listing l, String site) {
        String website = l.getWebsite();
        if (website != null && !website.isBlank()) {
            String w = website.strip();
            return w.startsWith("http://") || w.startsWith("https://") ? w : "https://" + w;
        }
        return site + "/listing/" + l.getSlug();
    }

    static String status(ListingStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case INACTIVE -> "inactive";
            case DEFUNCT -> "defunct";
        };
    }

    private static String description(Listing l) {
        return l.getDescription() == null || l.getDescription().isBlank()
                ? l.getSummary()
                : l.getSummary() + "\n\n" + l.getDescription();
    }

    static Oruk.Organization organization(Organisation o, List<Oruk.Service> services) {
        String description =
                o.getDescription() == null || o.getDescription().isBlank() ? o.getName() : o.getDescription();
        return new Oruk.Organization(o.getUuid().toString(), o.getName(), description, o.getWebsite(), services);
    }

    static Oruk.Taxonomy taxonomy() {
        return new Oruk.Taxonomy(Oruk.TAXONOMY_ID.toString(), Oruk.TAXONOMY_NAME, Oruk.TAXONOMY_DESCRIPTION);
    }

    static Oruk.TaxonomyTerm term(Category c) {
        return new Oruk.TaxonomyTerm(
                c.getUuid().toString(),
                c.getName(),
                c.getName(),
                c.getSlug(),
                c.getParent() == null ? null : c.getParent().getUuid().toString(),
                Oruk.TAXONOMY_NAME,
                Oruk.TAXONOMY_ID.toString(),
                c.getName());
    }

    static List<Oruk.Schedule> schedules(Listing l) {
        var result = new ArrayList<Oruk.Schedule>();
        int n = 1;
        for (WeeklySession s : l.getSessions()) {
            String byday = s.getDays().stream().sorted().map(OrukMapper::day).collect(Collectors.joining(","));
            String opens = s.isAllDay() || s.getOpens() == null ? "00:00" : TIME.format(s.getOpens());
            String closes = s.isAllDay() || s.getCloses() == null ? "23:59" : TIME.format(s.getCloses());
            String note = !s.isAllDay()
                            && s.getOpens() != null
                            && s.getCloses() != null
                            && !s.getCloses().isAfter(s.getOpens())
                    ? "Closes after midnight, on the next day"
                    : null;
            result.add(new Oruk.Schedule(
                    derived(l.getUuid(), "schedule-" + n++),
                    l.getUuid().toString(),
                    "WEEKLY",
                    byday,
                    opens,
                    closes,
                    s.getValidFrom(),
                    s.getValidTo(),
                    note));
        }
        return result;
    }

    static String day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** "MO", "monday" or "1" (ISO, Monday first) to a day; null when it is none of those. */
    static @Nullable DayOfWeek parseDay(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(t)
                    || day(d).equals(t)
                    || String.valueOf(d.getValue()).equals(t)) {
                return d;
            }
        }
        return null;
    }

    static List<Oruk.ServiceAtLocation> serviceAtLocations(Listing l) {
        var result = new ArrayList<Oruk.ServiceAtLocation>();
        for (int i = 0; i < l.getLocations().size(); i++) {
            result.add(serviceAtLocation(l, i));
        }
        return result;
    }

    static String serviceAtLocationId(Location location) {
        return derived(location.getUuid(), "service-at-location");
    }

    static Oruk.ServiceAtLocation serviceAtLocation(Listing l, int index) {
        var location = location(l, index);
        return new Oruk.ServiceAtLocation(
                serviceAtLocationId(l.getLocations().get(index)),
                l.getUuid().toString(),
                location.id(),
                l.getName(),
                location,
                null);
    }

    /** One service at one location, fully nested: the location, and the service with its organization. */
    static Oruk.ServiceAtLocation fullServiceAtLocation(Listing l, int index, String site) {
        var brief = serviceAtLocation(l, index);
        return new Oruk.ServiceAtLocation(
                brief.id(),
                brief.serviceId(),
                brief.locationId(),
                brief.description(),
                brief.location(),
                service(l, true, site, false));
    }

    static Oruk.Location location(Listing l, int index) {
        Location loc = l.getLocations().get(index);
        String id = loc.getUuid().toString();
        String area = area(loc);
        var addresses = new ArrayList<Oruk.Address>();
        String postcode = loc.getPublicPostcode();
        String county = county(loc);
        if (postcode != null && area != null && county != null) {
            String line = loc.isSensitive() ? WITHHELD : loc.getAddress();
            if (line != null && !line.isBlank()) {
                addresses.add(new Oruk.Address(
                        derived(loc.getUuid(), "address"), id, line, area, county, postcode, "GB", "physical"));
            }
        }
        var accessibility = loc.getAccessibility() == null || loc.isSensitive()
                ? List.<Oruk.Accessibility>of()
                : List.of(new Oruk.Accessibility(derived(loc.getUuid(), "accessibility"), id, loc.getAccessibility()));
        String description = loc.isSensitive()
                ? "The exact address is given when you contact the service."
                        + (area == null ? "" : " Area: " + area)
                        + (loc.getOutwardCode() == null ? "" : " (" + loc.getOutwardCode() + ")")
                : loc.getType() == LocationType.TEAM_BASE ? loc.getType().label() + "." : loc.getHowToFind();
        return new Oruk.Location(
                id,
                switch (loc.getType()) {
                    case POSTAL -> "postal";
                    case ONLINE -> "virtual";
                    case VENUE, TEAM_BASE -> "physical";
                },
                loc.isSensitive() ? null : loc.getName(),
                description,
                loc.isSensitive() ? null : loc.getTransport(),
                // a district or town centre is not where the venue is: publish only a point that stands for it
                loc.hasExactPoint() ? loc.getPublicLatitude() : null,
                loc.hasExactPoint() ? loc.getPublicLongitude() : null,
                addresses,
                accessibility);
    }

    private static String derived(UUID owner, String suffix) {
        return StableId.derived(owner, suffix).toString();
    }

    private static @Nullable String area(Location loc) {
        return loc.getPlace() == null ? null : loc.getPlace().getName();
    }

    /** The top of the place tree: Coventry or Warwickshire. */
    private static @Nullable String county(Location loc) {
        if (loc.getPlace() == null) {
            return null;
        }
        var chain = loc.getPlace().selfAndAncestors();
        return chain.get(chain.size() - 1).getName();
    }

    static List<String> split(@Nullable String csv) {
        return csv == null
                ? List.of()
                : Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
