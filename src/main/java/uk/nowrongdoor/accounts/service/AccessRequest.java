package uk.nowrongdoor.accounts.service;

import java.util.Set;
import uk.nowrongdoor.accounts.domain.StaffRole;

/**
 * What an admin gives someone: roles, the organisations they act for, whether they speak for the whole partnership
 * (complaints leads and coordinators), and whether self-referrals for their organisations reach them.
 */
public record AccessRequest(
        Set<StaffRole> roles, Set<Long> organisationIds, boolean partnershipWide, boolean receivesReferrals) {}
