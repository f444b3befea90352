package uk.nowrongdoor.referral.service;

import java.util.List;

/**
 * What one member of staff sees at staff/referrals: their organisations' referrals (partners) and the coordinators'
 * queue (coordinators). Each list is most urgent, then newest, first.
 */
public record Inbox(
        boolean showsOrganisations,
        List<ReferralCard> organisations,
        boolean showsCoordinators,
        List<ReferralCard> coordinators) {}
