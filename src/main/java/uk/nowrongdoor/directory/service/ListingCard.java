package uk.nowrongdoor.directory.service;

import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus;

/** What a result card shows. */
public record ListingCard(
        String slug,
        String name,
        String organisation,
        String summary,
        OpeningStatus opening,
        String places,
        String access,
        boolean acceptsSelfReferral,
        @Nullable String alert) {}
