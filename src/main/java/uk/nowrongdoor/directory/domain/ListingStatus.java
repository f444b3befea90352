package uk.nowrongdoor.directory.domain;

/** Open Referral's service status. Only active listings are shown to the public. */
public enum ListingStatus {
    ACTIVE,
    INACTIVE,
    DEFUNCT
}
