package uk.nowrongdoor.directory.service;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of results, with the total and the counts per category and place slug for the whole result; what the
 * words were read as; and, when nothing matched, the nearest useful things instead of an empty page.
 */
public record SearchPage(
        List<ListingCard> cards,
        long total,
        Map<String, Long> categoryCounts,
        Map<String, Long> placeCounts,
        Understanding understanding,
        @Nullable Fallback fallback) {

    public SearchPage(
            List<ListingCard> cards, long total, Map<String, Long> categoryCounts, Map<String, Long> placeCounts) {
        this(cards, total, categoryCounts, placeCounts, Understanding.NOTHING, null);
    }

    /**
     * What the words were read as. {@code placeName}: a place named in the words, now the place searched (services
     * for the whole area around it included); {@code crisisFirst}: the words named a risk to someone's life, so the
     * crisis options come first; {@code didYouMean}: the words with a misspelling corrected, when one was found.
     */
    public record Understanding(
            @Nullable String placeSlug,
            @Nullable String placeName,
            boolean crisisFirst,
            @Nullable String didYouMean,
            List<String> understoodAs) {

        public static final Understanding NOTHING = new Understanding(null, null, false, null, List.of());
    }

    /**
     * When nothing matched: the closest categories, services covering the place named (if one was), and the ways
     * to talk to someone now.
     */
    public record Fallback(
            List<CategoryChoice> closestCategories, List<ListingCard> inThePlace, List<ListingCard> talkNow) {}

    /** A category to offer as a link. */
    public record CategoryChoice(String slug, String name) {}
}
