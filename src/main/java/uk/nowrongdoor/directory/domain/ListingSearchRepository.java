package uk.nowrongdoor.directory.domain;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** Full-text and faceted search over the public listing index. */
public interface ListingSearchRepository {

    /**
     * Active listings matching the query, best first, from {@code offset}; counts per category and place are for the
     * whole result, not only this page.
     */
    default Hits search(ListingQuery query, ZonedDateTime now, int offset, int limit) {
        return search(query, OpenDataFilter.NONE, now, offset, limit);
    }

    /** As above, narrowed further by the Open Referral API's filters; nearest first when the query has a point. */
    Hits search(ListingQuery query, OpenDataFilter filter, ZonedDateTime now, int offset, int limit);

    record Hits(List<Listing> listings, long total, Map<String, Long> categoryCounts, Map<String, Long> placeCounts) {}
}
