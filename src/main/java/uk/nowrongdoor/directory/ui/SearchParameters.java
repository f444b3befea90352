package uk.nowrongdoor.directory.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.AccessMethod;
import uk.nowrongdoor.directory.domain.DeliveryMode;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;

/**
 * A search as URL query parameters, so Back, bookmarks and the shortcuts all work. Values that make no sense are
 * ignored rather than shown as an error: a hand-edited link should still find something. Public because the basic
 * pages (issue 14) read and write the same parameters, so a search moves between the two versions unchanged.
 */
public final class SearchParameters {

    public static final int MAX_AGE = 120;

    private SearchParameters() {}

    public static QueryParameters toParameters(ListingQuery q) {
        var map = new LinkedHashMap<String, List<String>>();
        if (!q.text().isEmpty()) {
            map.put("q", List.of(q.text()));
        }
        if (q.category() != null) {
            map.put("category", List.of(q.category()));
        }
        if (q.place() != null) {
            map.put("place", List.of(q.place()));
        }
        if (!q.times().isEmpty()) {
            map.put("when", q.times().stream().map(SearchParameters::timeName).toList());
        }
        if (q.age() != null) {
            map.put("age", List.of(q.age().toString()));
        }
        if (!q.access().isEmpty()) {
            map.put(
                    "access",
                    q.access().stream()
                            .map(a -> a.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
        if (!q.delivery().isEmpty()) {
            map.put(
                    "delivery",
                    q.delivery().stream()
                            .map(d -> d.name().toLowerCase(Locale.ROOT))
                            .toList());
        }
        if (q.freeOnly()) {
            map.put("free", List.of("yes"));
        }
        return new QueryParameters(map);
    }

    public static ListingQuery fromParameters(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Set<TimeFilter> times = values(p, "when").stream()
                .map(SearchParameters::timeFilter)
                .filter(t -> t != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimeFilter.class)));
        return new ListingQuery(
                first(p, "q") == null ? "" : first(p, "q"),
                slug(first(p, "category")),
                slug(first(p, "place")),
                times,
                age(first(p, "age")),
                enums(values(p, "access"), AccessMethod.class),
                enums(values(p, "delivery"), DeliveryMode.class),
                "yes".equals(first(p, "free")));
    }

    public static String timeName(TimeFilter t) {
        return switch (t) {
            case OPEN_NOW -> "now";
            case OPEN_TONIGHT -> "tonight";
            case OPEN_AT_WEEKEND -> "weekend";
        };
    }

    private static @Nullable TimeFilter timeFilter(String name) {
        return switch (name) {
            case "now" -> TimeFilter.OPEN_NOW;
            case "tonight" -> TimeFilter.OPEN_TONIGHT;
            case "weekend" -> TimeFilter.OPEN_AT_WEEKEND;
            default -> null;
        };
    }

    private static @Nullable Integer age(@Nullable String value) {
        try {
            int age = Integer.parseInt(value == null ? "" : value.trim());
            return age >= 0 && age <= MAX_AGE ? age : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String slug(@Nullable String value) {
        return value != null && value.matches("[a-z0-9-]{1,80}") ? value : null;
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type) {
        var result = EnumSet.noneOf(type);
        for (String v : values) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    private static List<String> values(Map<String, List<String>> p, String key) {
        return p.getOrDefault(key, List.of());
    }

    private static @Nullable String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
