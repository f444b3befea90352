package uk.nowrongdoor.referral.service;

import org.jspecify.annotations.Nullable;

/** The listing a journey refers to, as the journey needs it. */
public record ReferralTarget(
        String slug,
        String listingName,
        String organisationName,
        boolean acceptsSelfReferral,
        @Nullable String phone) {}
