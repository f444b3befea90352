package uk.nowrongdoor.partner.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.LocationType;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.geo.domain.Postcode;

/**
 * A location as a partner edits it. The address lines are kept in the location's one address column, joined with ", "
 * as the public page shows them; the town is one of the directory's places. A location the partner adds has no id
 * until it is published, and then gets a fresh one. A new location from an Open Referral feed carries the feed's own
 * location id in {@code newId}, and is published with it (when no other location has it by then), so the API gives
 * back the id the feed gave and a later import of the same feed recognises the location. In a revision each location
 * is one line of text (see {@link #line()}), so the moderation screen can compare them field by field.
 */
public record LocationDraft(
        @Nullable UUID uuid,
        LocationType type,
        String name,
        List<String> addressLines,
        String town,
        String postcode,
        String accessibility,
        String howToFind,
        boolean sensitive,
        @Nullable UUID newId) {

    public static final int MAX_LOCATIONS = 10;
    public static final int NAME_MAX = 160;
    /** The whole address, lines joined: the location's address column. */
    public static final int ADDRESS_MAX = 300;

    public static final int ADDRESS_LINES = 3;
    public static final int TEXT_MAX = Location.TEXT_MAX;

    /** Which field a problem belongs to, so the form shows it next to that field. */
    public enum Part {
        NAME,
        ADDRESS,
        TOWN,
        POSTCODE,
        ACCESSIBILITY,
        HOW_TO_FIND,
        SENSITIVE
    }

    public record Problem(Part part, String message) {}

    /** A published location ({@code uuid}), or a new one a partner adds ({@code uuid} null), with no id of its own. */
    public LocationDraft(
            @Nullable UUID uuid,
            LocationType type,
            String name,
            List<String> addressLines,
            String town,
            String postcode,
            String accessibility,
            String howToFind,
            boolean sensitive) {
        this(uuid, type, name, addressLines, town, postcode, accessibility, howToFind, sensitive, null);
    }

    public LocationDraft {
        // only a new location can bring the id it is to be published with
        newId = uuid == null ? newId : null;
        addressLines = addressLines.stream()
                .map(LocationDraft::clean)
                .filter(s -> !s.isEmpty())
                .toList();
        name = clean(name);
        town = clean(town);
        postcode = clean(postcode);
        accessibility = cleanText(accessibility);
        howToFind = cleanText(howToFind);
        var parsed = Postcode.parse(postcode);
        if (parsed.isPresent() && parsed.get().isFull()) {
            postcode = parsed.get().formatted();
        }
    }

    public static LocationDraft from(Location l) {
        Place place = l.getPlace();
        return new LocationDraft(
                l.getUuid(),
                l.getType(),
                orEmpty(l.getName()),
                l.getAddress() == null ? List.of() : List.of(l.getAddress().split(",\\s*")),
                place == null ? "" : place.getSlug(),
                orEmpty(l.getPostcode()),
                orEmpty(l.getAccessibility()),
                orEmpty(l.getHowToFind()),
                l.isSensitive());
    }

    /** The address as the location stores it. */
    public String address() {
        return String.join(", ", addressLines);
    }

    /** What is wrong, or null; the first problem only, in the order of the form. */
    public @Nullable Problem problem() {
        if (name.length() > NAME_MAX) {
            return new Problem(Part.NAME, "The name must be " + NAME_MAX + " characters or fewer");
        }
        if (addressLines.size() > ADDRESS_LINES) {
            return new Problem(Part.ADDRESS, "Use up to " + ADDRESS_LINES + " address lines");
        }
        if (address().length() > ADDRESS_MAX) {
            return new Problem(Part.ADDRESS, "The address must be " + ADDRESS_MAX + " characters or fewer in all");
        }
        if (type == LocationType.ONLINE && (!addressLines.isEmpty() || !postcode.isEmpty())) {
            return new Problem(Part.ADDRESS, "An online-only location has no address: clear the address and postcode");
        }
        if (!postcode.isEmpty()) {
            var parsed = Postcode.parse(postcode);
            if (parsed.isEmpty() || !parsed.get().isFull()) {
                return new Problem(Part.POSTCODE, "Enter a full postcode, like CV1 2AB");
            }
        }
        if (type == LocationType.VENUE && postcode.isEmpty() && town.isEmpty()) {
            return new Problem(
                    Part.POSTCODE, "Enter the postcode (or at least choose the town), so people can find it");
        }
        if (type == LocationType.POSTAL && (addressLines.isEmpty() || postcode.isEmpty())) {
            return new Problem(
                    addressLines.isEmpty() ? Part.ADDRESS : Part.POSTCODE,
                    "A postal address needs its address lines and postcode");
        }
        if (accessibility.length() > TEXT_MAX) {
            return new Problem(Part.ACCESSIBILITY, "Accessibility must be " + TEXT_MAX + " characters or fewer");
        }
        if (howToFind.length() > TEXT_MAX) {
            return new Problem(Part.HOW_TO_FIND, "\"How to find us\" must be " + TEXT_MAX + " characters or fewer");
        }
        if (sensitive && (type == LocationType.ONLINE || type == LocationType.POSTAL)) {
            return new Problem(Part.SENSITIVE, "Only a venue or a team base can be a sensitive address");
        }
        return null;
    }

    /** How the location reads in a list: its type and name or first address line. */
    public String label() {
        String what = !name.isEmpty() ? name : addressLines.isEmpty() ? "" : addressLines.get(0);
        return what.isEmpty() ? type.label() : what + " (" + type.label().toLowerCase(Locale.UK) + ")";
    }

    /** Writes the draft into a location. */
    public void writeTo(Location l, @Nullable Place place) {
        l.setType(type);
        l.setName(emptyToNull(name));
        l.setAddress(emptyToNull(address()));
        l.setPostcode(emptyToNull(postcode));
        l.setPlace(place);
        l.setAccessibility(emptyToNull(accessibility));
        l.setHowToFind(emptyToNull(howToFind));
        l.setSensitive(sensitive);
    }

    // The text a revision stores -------------------------------------------------------------------------------

    private static final String NEW = "new";
    /** A new location with the id it is to be published with: "new:" and the id. */
    private static final String NEW_WITH_ID = NEW + ":";

    /** One line: the fields separated by "|", with "|", "\" and line breaks escaped. */
    public String line() {
        return String.join(
                "|",
                uuid != null ? uuid.toString() : newId != null ? NEW_WITH_ID + newId : NEW,
                type.name(),
                escape(name),
                escape(String.join("\n", addressLines)),
                escape(town),
                escape(postcode),
                escape(accessibility),
                escape(howToFind),
                sensitive ? "sensitive" : "");
    }

    public static LocationDraft parse(String line) {
        String[] p = line.split("\\|", -1);
        boolean isNew = p[0].equals(NEW) || p[0].startsWith(NEW_WITH_ID);
        return new LocationDraft(
                isNew ? null : UUID.fromString(p[0]),
                LocationType.valueOf(p[1]),
                unescape(p[2]),
                unescape(p[3]).lines().toList(),
                unescape(p[4]),
                unescape(p[5]),
                unescape(p[6]),
                unescape(p[7]),
                p[8].equals("sensitive"),
                p[0].startsWith(NEW_WITH_ID) ? UUID.fromString(p[0].substring(NEW_WITH_ID.length())) : null);
    }

    /** The listing's locations as a revision stores them: in the listing's order. */
    public static String text(Listing listing) {
        return ofDrafts(listing.getLocations().stream().map(LocationDraft::from).toList());
    }

    public static String ofDrafts(List<LocationDraft> drafts) {
        return drafts.stream().map(LocationDraft::line).collect(Collectors.joining("\n"));
    }

    public static List<LocationDraft> drafts(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(LocationDraft::parse).toList();
    }

    /**
     * Applies a change as a difference from what the partner saw: a location they removed goes, one they added comes,
     * and in one they changed only the fields they changed are written, so an edit made since by someone else to
     * another field or location is kept. A new location is published with its {@code newId} when it has one and no
     * location (of this listing or, as {@code idInUse} says, any other) has that id by then; else with a fresh id.
     *
     * @return the locations whose postcode or town changed, to be placed again
     */
    public static List<Location> apply(
            Listing listing,
            String previous,
            String value,
            Function<String, @Nullable Place> town,
            Predicate<UUID> idInUse) {
        var before = drafts(previous);
        var after = drafts(value);
        // asked before anything changes, so no half-applied listing is flushed by the question
        var takenIds = after.stream()
                .map(LocationDraft::newId)
                .filter(id -> id != null
                        && (idInUse.test(id)
                                || before.stream().anyMatch(d -> id.equals(d.uuid()))
                                || listing.getLocations().stream().anyMatch(l -> id.equals(l.getUuid()))))
                .collect(Collectors.toCollection(HashSet::new));
        var moved = new ArrayList<Location>();
        var keptIds =
                after.stream().map(LocationDraft::uuid).filter(u -> u != null).toList();
        before.stream()
                .map(LocationDraft::uuid)
                .filter(u -> u != null && !keptIds.contains(u))
                .forEach(gone -> listing.getLocations().removeIf(l -> gone.equals(l.getUuid())));
        for (LocationDraft wanted : after) {
            if (wanted.uuid() == null) {
                UUID id = wanted.newId();
                boolean idFree = id != null && takenIds.add(id);
                var location = idFree ? listing.addLocation(id) : listing.addLocation();
                wanted.writeTo(location, town.apply(wanted.town()));
                moved.add(location);
                continue;
            }
            var location = listing.getLocations().stream()
                    .filter(l -> wanted.uuid().equals(l.getUuid()))
                    .findFirst();
            var was =
                    before.stream().filter(d -> wanted.uuid().equals(d.uuid())).findFirst();
            if (location.isEmpty()) {
                continue; // removed since the partner asked: removing wins over a stale edit
            }
            var current = from(location.get());
            var merged = was.map(w -> current.merge(w, wanted)).orElse(wanted);
            if (merged.equals(current)) {
                continue;
            }
            merged.writeTo(location.get(), town.apply(merged.town()));
            if (!merged.postcode().equals(current.postcode()) || !merged.town().equals(current.town())) {
                moved.add(location.get());
            }
        }
        return moved;
    }

    /** This (published) location with the fields that changed from {@code was} to {@code wanted}. */
    private LocationDraft merge(LocationDraft was, LocationDraft wanted) {
        return new LocationDraft(
                uuid,
                pick(type, was.type, wanted.type),
                pick(name, was.name, wanted.name),
                pick(addressLines, was.addressLines, wanted.addressLines),
                pick(town, was.town, wanted.town),
                pick(postcode, was.postcode, wanted.postcode),
                pick(accessibility, was.accessibility, wanted.accessibility),
                pick(howToFind, was.howToFind, wanted.howToFind),
                was.sensitive == wanted.sensitive ? sensitive : wanted.sensitive);
    }

    private static <T> T pick(T now, T was, T wanted) {
        return was.equals(wanted) ? now : wanted;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\p").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(
                        switch (n) {
                            case 'p' -> '|';
                            case 'n' -> '\n';
                            default -> n;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String clean(@Nullable String s) {
        return s == null
                ? ""
                : s.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
    }

    private static String cleanText(@Nullable String s) {
        return s == null
                ? ""
                : s.replaceAll("[\\p{Cc}&&[^\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]", "")
                        .strip();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
