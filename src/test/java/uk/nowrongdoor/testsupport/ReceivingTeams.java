package uk.nowrongdoor.testsupport;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.OrganisationRepository;

/**
 * Gives an organisation a receiving team (an enabled partner account with the referral inbox switched on), through
 * the accounts repository, so its listings offer the self-referral form. Seeded organisations start without one.
 */
public final class ReceivingTeams {

    private ReceivingTeams() {}

    public static String email(String organisationSlug) {
        return "team@" + organisationSlug + ".test";
    }

    /** Creates the team's account once; returns its id. */
    public static long ensure(ApplicationContext context, String organisationSlug) {
        var accounts = context.getBean(StaffAccountRepository.class);
        var organisations = context.getBean(OrganisationRepository.class);
        var tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        return tx.execute(s -> accounts.findByEmail(email(organisationSlug))
                .orElseGet(() -> {
                    var account = new StaffAccount(
                            email(organisationSlug), "Receiving team of " + organisationSlug, Instant.now());
                    account.setRoles(EnumSet.of(StaffRole.PARTNER));
                    account.setOrganisations(
                            Set.of(organisations.findBySlug(organisationSlug).orElseThrow()));
                    account.setReceivesReferrals(true);
                    return accounts.save(account);
                })
                .getId());
    }

    /** Removes the team again (before its organisation is deleted by a fixture). */
    public static void remove(ApplicationContext context, String organisationSlug) {
        var accounts = context.getBean(StaffAccountRepository.class);
        var tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        tx.executeWithoutResult(
                s -> accounts.findByEmail(email(organisationSlug)).ifPresent(accounts::delete));
    }
}
