package uk.nowrongdoor.referral.service;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.referral.domain.ReferralStatus;

/**
 * A referral as the inbox lists it: no personal details, only where it is, how long the person has waited against the
 * first-contact target, and whether it is urgent.
 */
public record ReferralCard(
        long id,
        String reference,
        ReferralStatus status,
        String where,
        String organisationName,
        boolean urgent,
        Instant submittedAt,
        Duration waited,
        Duration firstContactTarget,
        boolean overdue,
        boolean withCoordinators,
        boolean heldByCoordinators,
        @Nullable String ownerName) {}
