package uk.nowrongdoor.feedback.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Equality counts are published in aggregate only: a number from 1 to 4 could point to a person, so it is shown as
 * "<5". When one answer of a question is hidden and the total is shown, the hidden number could be worked out by
 * subtraction, so the next smallest answer is hidden too ("not shown").
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;
    public static final String SMALL = "<" + THRESHOLD;
    public static final String HIDDEN = "not shown";

    private SmallNumbers() {}

    /** 0 stays 0 (nobody to point to); 1 to 4 are "<5". */
    public static String shown(long count) {
        return count > 0 && count < THRESHOLD ? SMALL : Long.toString(count);
    }

    /** The counts of one question, in the map's order, with small numbers and what would give them away hidden. */
    public static Map<String, String> shownAll(Map<String, Long> counts) {
        var result = new LinkedHashMap<String, String>();
        counts.forEach((answer, n) -> result.put(answer, shown(n)));
        long small =
                counts.values().stream().filter(n -> n > 0 && n < THRESHOLD).count();
        if (small == 1) {
            List<Map.Entry<String, Long>> others = new ArrayList<>(counts.entrySet().stream()
                    .filter(e -> e.getValue() >= THRESHOLD)
                    .toList());
            others.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
            if (!others.isEmpty()) {
                result.put(others.get(0).getKey(), HIDDEN);
            }
        }
        return result;
    }
}
