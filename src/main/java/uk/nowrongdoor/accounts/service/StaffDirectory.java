package uk.nowrongdoor.accounts.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;

/** What other features may ask about staff: who receives an organisation's referrals, who holds a role. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** An organisation has a receiving team when an active partner of it has the referral inbox switched on. */
    public boolean hasReceivingTeam(Long organisationId) {
        return !accounts.findReceivingTeam(organisationId).isEmpty();
    }

    public List<String> receivingTeamEmails(Long organisationId) {
        return accounts.findReceivingTeam(organisationId).stream()
                .map(StaffAccount::getEmail)
                .sorted()
                .toList();
    }

    /** Every active partner editor of the organisation, whether or not they receive referrals. */
    public List<String> partnerEmails(Long organisationId) {
        return accounts.findPartnersOf(organisationId).stream()
                .map(StaffAccount::getEmail)
                .sorted()
                .toList();
    }

    public List<String> emailsWithRole(StaffRole role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(StaffAccount::getEmail)
                .sorted()
                .toList();
    }

    /** Enabled members of the organisation who hold the role (its complaints leads, say). */
    public List<String> emailsWithRoleIn(StaffRole role, Long organisationId) {
        return accounts.findEnabledWithRole(role).stream()
                .filter(a -> a.getOrganisations().stream().anyMatch(o -> organisationId.equals(o.getId())))
                .map(StaffAccount::getEmail)
                .sorted()
                .toList();
    }

    /** Enabled partnership-wide holders of the role (the partnership's complaints leads, say). */
    public List<String> partnershipWideEmailsWithRole(StaffRole role) {
        return accounts.findEnabledWithRole(role).stream()
                .filter(StaffAccount::isPartnershipWide)
                .map(StaffAccount::getEmail)
                .sorted()
                .toList();
    }

    /** The organisations that have at least one enabled member with the role (say, a complaints lead). */
    public java.util.Set<Long> organisationsWithRole(StaffRole role) {
        return java.util.Set.copyOf(accounts.findOrganisationIdsWithRole(role));
    }
}
