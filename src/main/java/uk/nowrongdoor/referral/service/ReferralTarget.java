package uk.nowrongdoor.referral.service;

import org.jspecify.annotations.Nullable;

/**
 * The listing a journey refers to, as the journey needs it.
 *
 * @param offered the listing accepts self-referral and its organisation has a receiving team: the form is shown
 * @param firstContactWithin the first-contact target in words ("24 hours")
 * @param coordinatorsAfter when an unopened referral goes to the coordinators, in words ("1 working day")
 */
public record ReferralTarget(
        String slug,
        String listingName,
        String organisationName,
        boolean offered,
        @Nullable String phone,
        String firstContactWithin,
        String coordinatorsAfter) {}
