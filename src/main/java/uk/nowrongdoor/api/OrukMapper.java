package uk.nowrongdoor.api;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * Our names to Open Referral's, at the edge: listing → service, organisation → organization, category → taxonomy
 * term, weekly session → schedule. Ids are the stable slugs; a listing's n-th location is {@code <slug>-location-n}.
 * Internal fields (a record's source notes, who edited it) have no place in these shapes. A sensitive venue gives
 * only its rounded point and outward code.
 */
final class OrukMapper {

    static final String WITHHELD = "Address withheld for safety: given when you contact the service";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OrukMapper() {}

    static Oruk.Service service(Listing l, boolean full) {
        String id = l.getSlug();
        var phones = new ArrayList<Oruk.Phone>();
        if (l.getPhone() != null && !l.getPhone().isBlank()) {
            phones.add(new Oruk.Phone(id + "-phone", id, l.getPhone(), null));
        }
        if (l.getTextNumber() != null && !l.getTextNumber().isBlank()) {
            phones.add(new Oruk.Phone(id + "-text", id, l.getTextNumber(), "Text message"));
        }
        var languages = new ArrayList<Oruk.Language>();
        if (l.getLanguages() != null) {
            int n = 1;
            for (String name : l.getLanguages().split("\\s*,\\s*")) {
                if (!name.isBlank()) {
                    languages.add(new Oruk.Language(id + "-language-" + n++, id, name));
                }
            }
        }
        if (l.isBsl()) {
            languages.add(new Oruk.Language(id + "-language-bsl", id, "British Sign Language"));
        }
        var areas = new ArrayList<Oruk.ServiceArea>();
        for (Place p : l.getPlaces()) {
            areas.add(new Oruk.ServiceArea(id + "-area-" + p.getSlug(), id, p.getName()));
        }
        var attributes = l.getCategories().stream()
                .map(c -> new Oruk.Attribute(
                        id + "-attribute-" + c.getSlug(), id, "service", "service", c.getSlug(), term(c)))
                .toList();
        return new Oruk.Service(
                id,
                l.getName(),
                status(l.getStatus()),
                l.getOrganisation().getSlug(),
                description(l),
                l.getWebsite(),
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
                serviceAtLocations(l),
                languages,
                attributes);
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
        return new Oruk.Organization(o.getSlug(), o.getName(), description, o.getWebsite(), services);
    }

    static Oruk.TaxonomyTerm term(Category c) {
        return new Oruk.TaxonomyTerm(
                c.getSlug(),
                c.getName(),
                c.getName(),
                c.getSlug(),
                c.getParent() == null ? null : c.getParent().getSlug(),
                Oruk.TAXONOMY_ID);
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
                    l.getSlug() + "-schedule-" + n++,
                    l.getSlug(),
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

    static Oruk.ServiceAtLocation serviceAtLocation(Listing l, int index) {
        var location = location(l, index);
        return new Oruk.ServiceAtLocation(
                l.getSlug() + "-at-" + (index + 1), l.getSlug(), location.id(), l.getName(), location);
    }

    static Oruk.Location location(Listing l, int index) {
        Location loc = l.getLocations().get(index);
        String id = l.getSlug() + "-location-" + (index + 1);
        String area = area(loc);
        var addresses = new ArrayList<Oruk.Address>();
        String postcode = loc.getPublicPostcode();
        String county = county(loc);
        if (postcode != null && area != null && county != null) {
            String line = loc.isSensitive() ? WITHHELD : loc.getAddress();
            if (line != null && !line.isBlank()) {
                addresses.add(new Oruk.Address(id + "-address", id, line, area, county, postcode, "GB", "physical"));
            }
        }
        var accessibility = loc.getAccessibility() == null || loc.isSensitive()
                ? List.<Oruk.Accessibility>of()
                : List.of(new Oruk.Accessibility(id + "-accessibility", id, loc.getAccessibility()));
        String description = loc.isSensitive()
                ? "The exact address is given when you contact the service."
                        + (area == null ? "" : " Area: " + area)
                        + (loc.getOutwardCode() == null ? "" : " (" + loc.getOutwardCode() + ")")
                : loc.getHowToFind();
        return new Oruk.Location(
                id,
                "physical",
                loc.isSensitive() ? null : loc.getName(),
                description,
                loc.isSensitive() ? null : loc.getTransport(),
                // a district or town centre is not where the venue is: publish only a point that stands for it
                loc.hasExactPoint() ? loc.getPublicLatitude() : null,
                loc.hasExactPoint() ? loc.getPublicLongitude() : null,
                addresses,
                accessibility);
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
