package uk.nowrongdoor.directory.service;

import uk.nowrongdoor.directory.domain.Listing;

/**
 * Whether a person may ask a listing for help through the site. Answered by the referral feature (which knows who
 * receives referrals); asked by the listing page, which would otherwise depend on it and make a cycle.
 */
public interface SelfReferralReception {

    /** The listing accepts self-referral and its organisation has someone receiving them here. */
    boolean offersSelfReferral(Listing listing);
}
