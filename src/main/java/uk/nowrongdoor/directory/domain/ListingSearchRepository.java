package uk.nowrongdoor.directory.domain;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Full-text and faceted search over the public listing index. */
public interface ListingSearchRepository {

    /**
     * Active listings matching the query, best first, from {@code offset}; counts per category and place are for the
     * whole result, not only this page. The text's words are each optional, as typed.
     */
    default Hits search(ListingQuery query, ZonedDateTime now, int offset, int limit) {
        return search(query, SearchWords.of(query.text()), OpenDataFilter.NONE, now, offset, limit);
    }

    /** As above, narrowed further by the Open Referral API's filters; nearest first when the query has a point. */
    default Hits search(ListingQuery query, OpenDataFilter filter, ZonedDateTime now, int offset, int limit) {
        return search(query, SearchWords.of(query.text()), filter, now, offset, limit);
    }

    /**
     * As above, matching {@code words} (what the directory service read in the query's text) instead of the text as
     * typed; the query's filters still apply.
     */
    Hits search(ListingQuery query, SearchWords words, OpenDataFilter filter, ZonedDateTime now, int offset, int limit);

    /**
     * As above, with the slugs of the places that contain the query's place (nearest first) given by the caller, who
     * already knows the place tree, instead of read from the database.
     */
    Hits search(
            ListingQuery query,
            SearchWords words,
            List<String> placesAround,
            OpenDataFilter filter,
            ZonedDateTime now,
            int offset,
            int limit);

    /** Which of the words the index knows, and, when some are unknown, the words it could suggest instead. */
    IndexVocabulary vocabulary(java.util.Collection<String> words);

    record Hits(List<Listing> listings, long total, Map<String, Long> categoryCounts, Map<String, Long> placeCounts) {}
}
