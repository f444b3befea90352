package uk.nowrongdoor.referral.service;

/** What staff may do next with a referral. There is no "reject": a referral is passed on or closed with a reason. */
public enum ReferralAction {
    MARK_CONTACTED,
    ACCEPT,
    REDIRECT,
    CLOSE
}
