package uk.nowrongdoor.directory.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The Open Referral API's filters beyond a {@link ListingQuery}; every part is optional and they combine with AND.
 * The age range keeps listings whose own range overlaps it.
 */
public record OpenDataFilter(
        @Nullable String organisationId,
        @Nullable Instant modifiedAfter,
        @Nullable Integer minimumAge,
        @Nullable Integer maximumAge,
        @Nullable DayOfWeek day) {

    public static final OpenDataFilter NONE = new OpenDataFilter(null, null, null, null, null);
}
