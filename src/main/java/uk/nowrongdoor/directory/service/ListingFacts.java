package uk.nowrongdoor.directory.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.OpeningHours;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * What a listing page says, in words, for both the Vaadin listing page and the basic one, so their wording cannot
 * drift: the notices, when it was last checked, the contacts, the timetable and coming changes, who it is for, cost,
 * ages and where. Where a detail is unknown it says "Ask the service" rather than guessing.
 */
public record ListingFacts(
        String slug,
        String name,
        String organisation,
        List<String> notices,
        OpeningStatus status,
        String checked,
        boolean checkedWarning,
        String summary,
        List<String> description,
        List<Contact> contacts,
        @Nullable String noContacts,
        boolean offersSelfReferral,
        List<Fact> timetable,
        @Nullable String noTimetable,
        List<String> changes,
        List<Fact> facts,
        @Nullable String areasOnly,
        List<Venue> venues,
        String places) {

    public static final String ASK = "Ask the service";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String NO_CONTACTS = "We do not have contact details for this service yet. Ask the organisation that "
            + "runs it, or call NHS 111 and choose the mental health option.";
    static final String NO_TIMETABLE = "Opening times: ask the service.";

    /** A link: {@code external} for a website, opened without passing on this page's address. */
    public record Contact(String href, String text, boolean external) {}

    public record Fact(String label, String value) {}

    /**
     * A place: its name (never for a sensitive venue), the area-only sentence of a sensitive venue, its address (or
     * for a team base, a postal address or online only, the type and area), a "geo:" link, and the details.
     */
    public record Venue(
            @Nullable String name,
            @Nullable String sensitive,
            @Nullable Fact address,
            @Nullable String directions,
            List<Fact> details) {}

    public static ListingFacts of(
            Listing l, LocalDate today, List<String> liveNotices, OpeningStatus status, boolean offersSelfReferral) {
        var notices = new ArrayList<String>();
        String alert = l.currentAlert(today);
        if (alert != null) {
            notices.add(alert);
        }
        notices.addAll(liveNotices);
        String checked;
        boolean warning;
        if (l.getLastChecked() == null) {
            checked = "These details have not yet been checked by the service. Please check with them before you "
                    + "travel.";
            warning = true;
        } else {
            checked = "Last checked by the service on " + DATE.format(l.getLastChecked()) + ".";
            warning = l.isStale(today);
            if (warning) {
                checked += " That was more than " + Listing.STALE_AFTER_MONTHS
                        + " months ago, so some details may have changed.";
            }
        }
        var description = new ArrayList<String>();
        if (l.getDescription() != null) {
            for (String paragraph : l.getDescription().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    description.add(paragraph.strip().replaceAll("\\s*\\n\\s*", " "));
                }
            }
        }
        String places = l.servedPlaces().stream().map(Place::getName).distinct().collect(Collectors.joining(", "));
        var contacts = contacts(l);
        var timetable = timetable(l, today);
        return new ListingFacts(
                l.getSlug(),
                l.getName(),
                l.getOrganisation().getName(),
                notices,
                status,
                checked,
                warning,
                l.getSummary(),
                description,
                contacts,
                contacts.isEmpty() ? NO_CONTACTS : null,
                offersSelfReferral,
                timetable,
                timetable.isEmpty() ? NO_TIMETABLE : null,
                changes(l, today),
                facts(l),
                l.getLocations().isEmpty()
                        ? "Address: " + ASK.toLowerCase(Locale.UK) + ". Areas served: "
                                + l.getPlaces().stream().map(Place::getName).collect(Collectors.joining(", "))
                        : null,
                l.getLocations().stream().map(ListingFacts::venue).toList(),
                places);
    }

    private static List<Contact> contacts(Listing l) {
        var links = new ArrayList<Contact>();
        if (l.getPhone() != null) {
            links.add(new Contact("tel:" + digits(l.getPhone()), "Call " + l.getPhone(), false));
        }
        if (l.getTextNumber() != null) {
            links.add(new Contact("sms:" + digits(l.getTextNumber()), "Text " + l.getTextNumber(), false));
        }
        if (l.getEmail() != null) {
            links.add(new Contact("mailto:" + l.getEmail(), "Email " + l.getEmail(), false));
        }
        if (l.getWebsite() != null && l.getWebsite().startsWith("http")) {
            links.add(new Contact(l.getWebsite(), "Visit their website", true));
        }
        return links;
    }

    /** Keeps digits and a leading plus, so "024 7683 3003" dials as 02476833003. */
    private static String digits(String number) {
        String d = number.replaceAll("[^0-9+]", "");
        return d.startsWith("+") ? "+" + d.substring(1).replace("+", "") : d.replace("+", "");
    }

    private static List<WeeklySession> currentSessions(Listing l, LocalDate today) {
        return l.getSessions().stream()
                .filter(s -> s.getValidTo() == null || !s.getValidTo().isBefore(today))
                .toList();
    }

    private static List<Fact> timetable(Listing l, LocalDate today) {
        var current = currentSessions(l, today);
        if (current.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<Fact>();
        for (DayOfWeek day : DayOfWeek.values()) {
            var times = new ArrayList<String>();
            for (WeeklySession s : current) {
                if (s.getDays().contains(day)) {
                    times.add(describe(s));
                }
            }
            rows.add(new Fact(OpeningHours.dayName(day), times.isEmpty() ? "Closed" : String.join(" and ", times)));
        }
        return rows;
    }

    private static List<String> changes(Listing l, LocalDate today) {
        var lines = new ArrayList<String>();
        for (SessionException e : l.getExceptions()) {
            if (!e.getDate().isBefore(today) && e.getDate().isBefore(today.plusDays(60))) {
                String what = e.isClosed() ? "Closed" : "Extra session " + e.getOpens() + " to " + e.getCloses();
                lines.add(
                        DATE.format(e.getDate()) + ": " + what + (e.getNote() == null ? "" : " (" + e.getNote() + ")"));
            }
        }
        return lines;
    }

    private static String describe(WeeklySession s) {
        String range = s.isAllDay() ? "Open 24 hours" : s.getOpens() + " to " + s.getCloses();
        if (s.getValidFrom() != null || s.getValidTo() != null) {
            range += " (" + (s.getValidFrom() == null ? "" : "from " + DATE.format(s.getValidFrom()))
                    + (s.getValidFrom() != null && s.getValidTo() != null ? " " : "")
                    + (s.getValidTo() == null ? "" : "until " + DATE.format(s.getValidTo())) + ")";
        }
        return range;
    }

    private static List<Fact> facts(Listing l) {
        var facts = new ArrayList<Fact>();
        facts.add(new Fact("Who can use it", l.getEligibility() == null ? ASK : l.getEligibility()));
        facts.add(new Fact("Ages", ages(l)));
        facts.add(new Fact(
                "How to get in",
                l.getAccess().isEmpty()
                        ? ASK
                        : l.getAccess().stream().map(AccessMethod::label).collect(Collectors.joining(", "))));
        facts.add(new Fact(
                "How it is offered",
                l.getDelivery().isEmpty()
                        ? ASK
                        : l.getDelivery().stream().map(DeliveryMode::label).collect(Collectors.joining(", "))));
        facts.add(new Fact(
                "Cost",
                l.getFree() == null
                        ? (l.getCost() == null ? ASK : l.getCost())
                        : l.getFree()
                                ? "Free"
                                : (l.getCost() == null ? "There may be a charge: ask the service" : l.getCost())));
        facts.add(new Fact("Languages", l.getLanguages() == null ? ASK : l.getLanguages()));
        facts.add(new Fact("British Sign Language", l.isBsl() ? "Available" : ASK));
        facts.add(new Fact("Interpreters", l.isInterpreting() ? "Can be booked" : ASK));
        return facts;
    }

    private static String ages(Listing l) {
        if (l.getMinAge() == null && l.getMaxAge() == null) {
            return ASK;
        }
        if (l.getMaxAge() == null) {
            return l.getMinAge() + " and over";
        }
        if (l.getMinAge() == null) {
            return "Up to " + l.getMaxAge();
        }
        return l.getMinAge() + " to " + l.getMaxAge();
    }

    /** An address block; a sensitive venue shows only its area and outward code. */
    private static Venue venue(Location location) {
        String area = location.getPlace() == null ? "" : location.getPlace().getName();
        if (!location.getType().isVisitable()) {
            // a team base, a postal address or online only: never shown as a place to go
            return new Venue(
                    location.isSensitive() ? null : location.getName(),
                    null,
                    new Fact(
                            location.getType().label(),
                            location.getType() == LocationType.POSTAL && location.getAddress() != null
                                    ? location.getAddress()
                                            + (location.getPostcode() == null ? "" : ", " + location.getPostcode())
                                    : area.isEmpty() ? ASK : area),
                    null,
                    List.of());
        }
        if (location.isSensitive()) {
            return new Venue(
                    null,
                    "The exact address is given when you contact the service. Area: " + area
                            + (location.getOutwardCode() == null ? "" : " (" + location.getOutwardCode() + ")"),
                    null,
                    null,
                    List.of());
        }
        String address = location.getAddress() == null
                ? null
                : location.getAddress() + (location.getPostcode() == null ? "" : ", " + location.getPostcode());
        var details = new ArrayList<Fact>();
        if (location.getHowToFind() != null) {
            details.add(new Fact("How to find us", location.getHowToFind()));
        }
        if (location.getTransport() != null) {
            details.add(new Fact("Parking and transport", location.getTransport()));
        }
        details.add(new Fact("Accessibility", location.getAccessibility() == null ? ASK : location.getAccessibility()));
        return new Venue(
                location.getName(),
                null,
                new Fact("Address", address == null ? ASK + (area.isEmpty() ? "" : " (" + area + ")") : address),
                address == null ? null : geoUri(location, address),
                details);
    }

    /** A "geo:" link hands the address to the phone's own map app; nothing is fetched from a map provider. */
    private static String geoUri(Location location, String address) {
        String q = URLEncoder.encode(address, StandardCharsets.UTF_8).replace("+", "%20");
        if (location.getLatitude() != null && location.getLongitude() != null) {
            return "geo:" + location.getLatitude() + "," + location.getLongitude() + "?q=" + q;
        }
        return "geo:0,0?q=" + q;
    }
}
