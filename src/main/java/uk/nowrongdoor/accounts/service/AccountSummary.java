package uk.nowrongdoor.accounts.service;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.accounts.domain.StaffRole;

/** A staff account as the admin's user list shows it. */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        Set<StaffRole> roles,
        Set<Long> organisationIds,
        String organisationNames,
        boolean partnershipWide,
        boolean receivesReferrals,
        boolean enabled,
        boolean passwordSet,
        boolean locked,
        @Nullable Instant lastSignInAt) {}
