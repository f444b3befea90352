package uk.nowrongdoor.referral.service;

import java.time.Instant;

/** For admins: a member of staff opened a referral (reference and organisation only, never its content). */
public record ReferralAccess(Instant at, String who, String reference, String organisationName, String what) {}
