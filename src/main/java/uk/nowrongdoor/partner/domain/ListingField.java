package uk.nowrongdoor.partner.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;

/**
 * A listing detail a partner may change through a revision. Values travel as text: "" means "not given"; ages are
 * whole numbers; "how to get in" is a comma-separated list of {@link AccessMethod} names.
 */
public enum ListingField {
    SUMMARY("Summary", Listing.SUMMARY_MAX, Listing::getSummary),
    DESCRIPTION("Description", Listing.DESCRIPTION_MAX, Listing::getDescription),
    ELIGIBILITY("Who it is for", Listing.SHORT_TEXT_MAX, Listing::getEligibility),
    MIN_AGE("Youngest age", 3, l -> l.getMinAge() == null ? null : l.getMinAge().toString()),
    MAX_AGE("Oldest age", 3, l -> l.getMaxAge() == null ? null : l.getMaxAge().toString()),
    ACCESS(
            "How to get in",
            200,
            l -> l.getAccess().stream().sorted().map(Enum::name).collect(Collectors.joining(","))),
    COST("Cost", Listing.SHORT_TEXT_MAX, Listing::getCost),
    PHONE("Phone", 40, Listing::getPhone),
    TEXT_NUMBER("Text number", 40, Listing::getTextNumber),
    EMAIL("Email", 200, Listing::getEmail),
    WEBSITE("Website", 300, Listing::getWebsite),
    DELIVERY(
            "How it is offered",
            200,
            l -> l.getDelivery().stream().sorted().map(Enum::name).collect(Collectors.joining(","))),
    LANGUAGES("Languages other than English", 300, Listing::getLanguages),
    BSL("British Sign Language (BSL) users are supported", 3, l -> l.isBsl() ? ListingField.YES : ""),
    INTERPRETING("Interpreters can be arranged", 3, l -> l.isInterpreting() ? ListingField.YES : ""),
    /** Only in a new listing's revision: the name shown at its top. */
    NAME("Name", Listing.NAME_MAX, Listing::getName),
    /** The weekly sessions, as {@link TimetableText} stores them. */
    SESSIONS("Weekly sessions", FieldChange.VALUE_MAX, l -> TimetableText.ofSessions(l.getSessions())),
    /** The dated closures and extra sessions, as {@link TimetableText} stores them. */
    EXCEPTIONS("Dated changes", FieldChange.VALUE_MAX, l -> TimetableText.ofExceptions(l.getExceptions())),
    /** The locations, one line each as {@link LocationDraft#line()} writes them. */
    LOCATIONS("Locations", FieldChange.VALUE_MAX, LocationDraft::text),
    /** The slugs of the listing's own categories, sorted and comma-separated. */
    CATEGORIES("Categories", FieldChange.VALUE_MAX, ListingField::categorySlugs);

    public static final int MAX_AGE_VALUE = 120;
    /** The value of a yes-or-no field that is ticked; "" when it is not. */
    public static final String YES = "yes";

    private static final Pattern PHONE_NUMBER = Pattern.compile("^\\+?[0-9 ()-]{3,20}$");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+\\.[^\\s]+$");

    private final String label;
    private final int maxLength;
    private final Function<Listing, @Nullable String> reader;

    ListingField(String label, int maxLength, Function<Listing, @Nullable String> reader) {
        this.label = label;
        this.maxLength = maxLength;
        this.reader = reader;
    }

    public String label() {
        return label;
    }

    /** A field of the details form; the others have their own screens (the timetable) or are set once (the name). */
    public boolean isDetail() {
        return this != NAME && this != SESSIONS && this != EXCEPTIONS && this != LOCATIONS && this != CATEGORIES;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The published value, "" when not given. */
    public String read(Listing listing) {
        String value = reader.apply(listing);
        return value == null ? "" : value;
    }

    /** The message to show when the value cannot be saved, or null when it is fine. */
    public @Nullable String problem(String value) {
        if (value.length() > maxLength) {
            return label + " must be " + maxLength + " characters or fewer";
        }
        if (value.isEmpty()) {
            return switch (this) {
                case SUMMARY -> "Enter a summary";
                case NAME -> "Enter the name of the service";
                default -> null;
            };
        }
        return switch (this) {
            case MIN_AGE, MAX_AGE -> value.matches("\\d{1,3}") && Integer.parseInt(value) <= MAX_AGE_VALUE
                    ? null
                    : label + " must be a whole number from 0 to " + MAX_AGE_VALUE;
            case PHONE, TEXT_NUMBER -> PHONE_NUMBER.matcher(value).matches()
                    ? null
                    : "Enter a phone number, like 024 7696 0000";
            case EMAIL -> EMAIL_ADDRESS.matcher(value).matches()
                    ? null
                    : "Enter an email address, like help@example.org";
            case WEBSITE -> WEB_ADDRESS.matcher(value).matches() ? null : "Enter a web address starting https://";
            case ACCESS -> Arrays.stream(value.split(",")).allMatch(ListingField::isAccessMethod)
                    ? null
                    : "Choose how people get in from the list";
            case DELIVERY -> Arrays.stream(value.split(",")).allMatch(ListingField::isDeliveryMode)
                    ? null
                    : "Choose how it is offered from the list";
            case BSL, INTERPRETING -> YES.equals(value) ? null : label + ": tick the box or leave it empty";
            default -> null;
        };
    }

    /** Writes a value that passed {@link #problem(String)} into the listing. */
    public void apply(Listing listing, String value) {
        @Nullable String v = value.isEmpty() ? null : value;
        switch (this) {
            case SUMMARY -> listing.setSummary(value);
            case DESCRIPTION -> listing.setDescription(v);
            case ELIGIBILITY -> listing.setEligibility(v);
            case MIN_AGE -> listing.setAges(v == null ? null : Integer.valueOf(v), listing.getMaxAge());
            case MAX_AGE -> listing.setAges(listing.getMinAge(), v == null ? null : Integer.valueOf(v));
            case ACCESS -> {
                listing.getAccess().clear();
                listing.getAccess().addAll(accessMethods(value));
            }
            case DELIVERY -> {
                listing.getDelivery().clear();
                listing.getDelivery().addAll(deliveryModes(value));
            }
            case LANGUAGES -> listing.setLanguages(v);
            case BSL -> listing.setBsl(YES.equals(value));
            case INTERPRETING -> listing.setInterpreting(YES.equals(value));
            case COST -> listing.setCost(v);
            case PHONE -> listing.setPhone(v);
            case TEXT_NUMBER -> listing.setTextNumber(v);
            case EMAIL -> listing.setEmail(v);
            case WEBSITE -> listing.setWebsite(v);
            case NAME -> listing.setName(value);
            case SESSIONS -> {
                listing.getSessions().clear();
                TimetableText.sessions(value).forEach(s -> listing.getSessions().add(s.toWeeklySession()));
            }
            case EXCEPTIONS -> applyExceptions(listing, "", value);
            case LOCATIONS, CATEGORIES -> throw new IllegalStateException(this + " is applied with a DirectoryLookup");
        }
    }

    /**
     * Writes a change. Dated changes are applied as a difference from what the partner saw, so that a closure a
     * notice put on the timetable since then (and takes off again when it ends) is kept.
     */
    public void apply(Listing listing, String previous, String value) {
        if (this == EXCEPTIONS) {
            applyExceptions(listing, previous, value);
        } else {
            apply(listing, value);
        }
    }

    /**
     * Writes a change of locations or categories, which name other records, as a difference from what the partner
     * saw (see {@link LocationDraft#apply}); other fields as {@link #apply(Listing, String, String)}.
     *
     * @return the locations whose postcode or town changed, whose point must be looked up again
     */
    public List<Location> apply(Listing listing, String previous, String value, DirectoryLookup lookup) {
        switch (this) {
            case LOCATIONS -> {
                return LocationDraft.apply(listing, previous, value, lookup::place, lookup::locationIdInUse);
            }
            case CATEGORIES -> {
                var before = slugs(previous);
                var after = slugs(value);
                listing.getCategories().removeIf(c -> before.contains(c.getSlug()) && !after.contains(c.getSlug()));
                for (String slug : after) {
                    if (!before.contains(slug)) {
                        Category c = lookup.category(slug);
                        if (c != null) {
                            listing.getCategories().add(c);
                        }
                    }
                }
                return List.of();
            }
            default -> {
                apply(listing, previous, value);
                return List.of();
            }
        }
    }

    private static String categorySlugs(Listing l) {
        return l.getCategories().stream().map(Category::getSlug).sorted().collect(Collectors.joining(","));
    }

    /** The slugs a categories value names. */
    public static List<String> slugs(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The value for a set of category slugs. */
    public static String categoriesValue(java.util.Collection<String> slugs) {
        return slugs.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .sorted()
                .distinct()
                .collect(Collectors.joining(","));
    }

    private static void applyExceptions(Listing listing, String previous, String value) {
        var before = TimetableText.exceptions(previous).stream()
                .map(TimetableText::line)
                .toList();
        var after = TimetableText.exceptions(value).stream()
                .map(TimetableText::line)
                .toList();
        listing.getExceptions().removeIf(e -> {
            String line = TimetableText.line(ExceptionDraft.from(e));
            return before.contains(line) && !after.contains(line);
        });
        var present = listing.getExceptions().stream()
                .map(e -> TimetableText.line(ExceptionDraft.from(e)))
                .toList();
        TimetableText.exceptions(value).stream()
                .filter(e -> !present.contains(TimetableText.line(e)))
                .forEach(e -> listing.getExceptions().add(e.toSessionException()));
    }

    /** How a value reads to a person: labels instead of codes, "(not given)" for empty. */
    public String display(@Nullable String value) {
        if (this == BSL || this == INTERPRETING) {
            return YES.equals(value) ? "Yes" : "No";
        }
        if (value == null || value.isEmpty()) {
            return "(not given)";
        }
        if (this == SESSIONS) {
            return TimetableText.describeSessions(value);
        }
        if (this == EXCEPTIONS) {
            return TimetableText.describeExceptions(value);
        }
        if (this == LOCATIONS) {
            var list = LocationDraft.drafts(value);
            return list.isEmpty()
                    ? "(none)"
                    : list.stream().map(LocationDraft::label).collect(Collectors.joining("; "));
        }
        if (this == DELIVERY) {
            return deliveryModes(value).stream().map(DeliveryMode::label).collect(Collectors.joining(", "));
        }
        if (this == ACCESS) {
            return accessMethods(value).stream().map(AccessMethod::label).collect(Collectors.joining(", "));
        }
        return value;
    }

    public static Set<AccessMethod> accessMethods(String value) {
        var set = EnumSet.noneOf(AccessMethod.class);
        for (String part : value.split(",")) {
            if (isAccessMethod(part)) {
                set.add(AccessMethod.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return set;
    }

    public static String accessValue(Set<AccessMethod> methods) {
        return methods.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<DeliveryMode> deliveryModes(String value) {
        var set = EnumSet.noneOf(DeliveryMode.class);
        for (String part : value.split(",")) {
            if (isDeliveryMode(part)) {
                set.add(DeliveryMode.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return set;
    }

    public static String deliveryValue(Set<DeliveryMode> modes) {
        return modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static boolean isDeliveryMode(String part) {
        return Arrays.stream(DeliveryMode.values())
                .anyMatch(m -> m.name().equals(part.strip().toUpperCase(Locale.ROOT)));
    }

    private static boolean isAccessMethod(String part) {
        return Arrays.stream(AccessMethod.values())
                .anyMatch(m -> m.name().equals(part.strip().toUpperCase(Locale.ROOT)));
    }
}
