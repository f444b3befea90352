package uk.nowrongdoor.basic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * The listing's facts as schema.org structured data (a {@code Service} with its provider, area, hours and channels),
 * so a search engine can show them. Only what the page itself publishes about the service: no email address (it may
 * name a person), and a sensitive venue's area and outward code only.
 */
final class ListingJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ListingJsonLd() {}

    static String of(Listing l, String canonicalUrl, LocalDate today) {
        var service = new LinkedHashMap<String, Object>();
        service.put("@context", "https://schema.org");
        service.put("@type", "Service");
        service.put("@id", canonicalUrl);
        service.put("url", canonicalUrl);
        service.put("name", l.getName());
        service.put("description", l.getSummary());
        service.put(
                "provider",
                Map.of("@type", "Organization", "name", l.getOrganisation().getName()));
        service.put(
                "category",
                l.getCategories().stream().map(Category::getName).sorted().toList());
        service.put(
                "areaServed",
                l.servedPlaces().stream()
                        .map(Place::getName)
                        .distinct()
                        .sorted()
                        .map(name -> Map.of("@type", "AdministrativeArea", "name", name))
                        .toList());
        if (l.getFree() != null) {
            service.put("isAccessibleForFree", l.getFree());
        }
        if (l.getMinAge() != null || l.getMaxAge() != null) {
            var audience = new LinkedHashMap<String, Object>();
            audience.put("@type", "PeopleAudience");
            if (l.getMinAge() != null) {
                audience.put("suggestedMinAge", l.getMinAge());
            }
            if (l.getMaxAge() != null) {
                audience.put("suggestedMaxAge", l.getMaxAge());
            }
            service.put("audience", audience);
        }
        var hours = hours(l, today);
        if (!hours.isEmpty()) {
            service.put("hoursAvailable", hours);
        }
        var channel = new LinkedHashMap<String, Object>();
        channel.put("@type", "ServiceChannel");
        if (l.getPhone() != null) {
            channel.put("servicePhone", Map.of("@type", "ContactPoint", "telephone", l.getPhone()));
        }
        if (l.getTextNumber() != null) {
            channel.put("serviceSmsNumber", Map.of("@type", "ContactPoint", "telephone", l.getTextNumber()));
        }
        if (l.getWebsite() != null && l.getWebsite().startsWith("http")) {
            channel.put("serviceUrl", l.getWebsite());
        }
        // only a place a person can go to is published as one (not a team base, a postal address or online only)
        var venues = l.getLocations().stream()
                .filter(loc -> loc.getType().isVisitable())
                .map(ListingJsonLd::place)
                .toList();
        if (!venues.isEmpty()) {
            channel.put("serviceLocation", venues.size() == 1 ? venues.get(0) : venues);
        }
        if (channel.size() > 1) {
            service.put("availableChannel", channel);
        }
        try {
            // "<" escaped so that no value can close the script element it sits in
            return JSON.writeValueAsString(service).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> hours(Listing l, LocalDate today) {
        var specs = new ArrayList<Map<String, Object>>();
        for (WeeklySession s : l.getSessions()) {
            if (s.getValidTo() != null && s.getValidTo().isBefore(today)) {
                continue;
            }
            var spec = new LinkedHashMap<String, Object>();
            spec.put("@type", "OpeningHoursSpecification");
            spec.put(
                    "dayOfWeek",
                    s.getDays().stream().sorted().map(ListingJsonLd::day).toList());
            spec.put(
                    "opens",
                    s.isAllDay() || s.getOpens() == null
                            ? "00:00"
                            : s.getOpens().toString());
            spec.put(
                    "closes",
                    s.isAllDay() || s.getCloses() == null
                            ? "23:59"
                            : s.getCloses().toString());
            if (s.getValidFrom() != null) {
                spec.put("validFrom", s.getValidFrom().toString());
            }
            if (s.getValidTo() != null) {
                spec.put("validThrough", s.getValidTo().toString());
            }
            specs.add(spec);
        }
        return specs;
    }

    private static String day(DayOfWeek d) {
        String name = d.name().toLowerCase(Locale.ROOT);
        return "https://schema.org/" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, Object> place(Location location) {
        var place = new LinkedHashMap<String, Object>();
        place.put("@type", "Place");
        var address = new LinkedHashMap<String, Object>();
        address.put("@type", "PostalAddress");
        @Nullable
        String town = location.getPlace() == null ? null : location.getPlace().getName();
        if (location.isSensitive()) {
            if (town != null) {
                address.put("addressLocality", town);
            }
            if (location.getOutwardCode() != null) {
                address.put("postalCode", location.getOutwardCode());
            }
        } else {
            if (location.getName() != null) {
                place.put("name", location.getName());
            }
            if (location.getAddress() != null) {
                address.put("streetAddress", location.getAddress());
            }
            if (town != null) {
                address.put("addressLocality", town);
            }
            if (location.getPostcode() != null) {
                address.put("postalCode", location.getPostcode());
            }
            if (location.hasExactPoint() && location.getPublicLatitude() != null) {
                place.put(
                        "geo",
                        Map.of(
                                "@type",
                                "GeoCoordinates",
                                "latitude",
                                location.getPublicLatitude(),
                                "longitude",
                                location.getPublicLongitude()));
            }
        }
        address.put("addressCountry", "GB");
        place.put("address", address);
        return place;
    }
}
