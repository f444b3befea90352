package uk.nowrongdoor.accounts.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;

/**
 * Development sign-in accounts (password = user name), only with {@code nwd.dev-accounts=true}, which the {@code dev}
 * profile sets and production never does. They skip the password policy on purpose. The partners give their
 * organisations a receiving team; {@code rethink} does so for an organisation whose listing accepts self-referral, so
 * the referral journey can be tried end to end.
 */
@Component
@ConditionalOnProperty(name = "nwd.dev-accounts", havingValue = "true")
class DevAccounts {

    static final String PARTNER_ORGANISATION = "coventry-and-warwickshire-mind";
    static final String SECOND_PARTNER_ORGANISATION = "coventry-carers-centre";
    static final String REFERRAL_ORGANISATION = "rethink-mental-illness";

    private final StaffAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DevAccounts(
            StaffAccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.encoder = encoder;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void create() {
        create("admin", "Admin (development)", EnumSet.of(StaffRole.ADMIN), Set.of(), true);
        create("lead", "Complaints lead (development)", EnumSet.of(StaffRole.COMPLAINTS_LEAD), Set.of(), true);
        create("coordinator", "Coordinator (development)", EnumSet.of(StaffRole.COORDINATOR), Set.of(), true);
        create("partner", "Partner (development)", EnumSet.of(StaffRole.PARTNER), Set.of(PARTNER_ORGANISATION), false);
        create(
                "partner2",
                "Second partner (development)",
                EnumSet.of(StaffRole.PARTNER),
                Set.of(SECOND_PARTNER_ORGANISATION),
                false);
        // Rethink's listing accepts self-referral, so with a receiving team the referral journey can be tried
        create(
                "rethink",
                "Rethink partner (development)",
                EnumSet.of(StaffRole.PARTNER),
                Set.of(REFERRAL_ORGANISATION),
                false);
    }

    private void create(
            String name, String displayName, Set<StaffRole> roles, Set<String> orgSlugs, boolean partnershipWide) {
        if (accounts.findByEmail(name).isPresent()) {
            return;
        }
        var account = new StaffAccount(name, displayName, clock.instant());
        account.setRoles(roles);
        var orgs = new java.util.HashSet<Organisation>();
        orgSlugs.forEach(slug -> organisations.findBySlug(slug).ifPresent(orgs::add));
        account.setOrganisations(orgs);
        account.setPartnershipWide(partnershipWide);
        account.setReceivesReferrals(!orgs.isEmpty());
        account.setPasswordHash(encoder.encode(name), clock.instant());
        accounts.save(account);
    }
}
