package uk.nowrongdoor.directory.service;

import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus;

/** What a result card shows; {@code distance} ("1.2 miles") only for a search from a point. */
public record ListingCard(
        String slug,
        String name,
        String organisation,
        String summary,
        OpeningStatus opening,
        String places,
        String access,
        boolean acceptsSelfReferral,
        @Nullable String alert,
        @Nullable String distance) {

    public ListingCard(
            String slug,
            String name,
            String organisation,
            String summary,
            OpeningStatus opening,
            String places,
            String access,
            boolean acceptsSelfReferral,
            @Nullable String alert) {
        this(slug, name, organisation, summary, opening, places, access, acceptsSelfReferral, alert, null);
    }
}
