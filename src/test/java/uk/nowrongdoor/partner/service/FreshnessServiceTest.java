package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.partner.PartnerFixtures;
import uk.nowrongdoor.partner.domain.FreshnessReminderRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

@SpringBootTest
@ActiveProfiles("test")
class FreshnessServiceTest {

    private static final String EDITOR = "vornish-editor@example.org";
    private static final LocalDate CHECKED = LocalDate.of(2026, 1, 10);

    @Autowired
    ApplicationContext context;

    @Autowired
    FreshnessService freshness;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FreshnessReminderRepository reminders;

    private PartnerFixtures f;

    @BeforeEach
    void setUp() {
        f = new PartnerFixtures(context);
        var editor = new StaffAccount(EDITOR, "Vornish Editor", Instant.now());
        editor.setRoles(Set.of(StaffRole.PARTNER));
        editor.setOrganisations(Set.of(organisations.findById(f.orgA.getId()).orElseThrow()));
        accounts.save(editor);
        new org.springframework.transaction.support.TransactionTemplate(
                        context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(s -> context.getBean(uk.nowrongdoor.directory.domain.ListingRepository.class)
                        .findById(f.cafeA.getId())
                        .orElseThrow()
                        .setLastChecked(CHECKED));
    }

    @AfterEach
    void tearDown() {
        Staff.signOut();
        reminders.findByListingId(f.cafeA.getId()).forEach(reminders::delete);
        reminders.findByListingId(f.cafeB.getId()).forEach(reminders::delete);
        accounts.findByEmail(EDITOR).ifPresent(accounts::delete);
        f.cleanUp();
    }

    private long remindersTo() {
        return f.mailTo(EDITOR).size();
    }

    @Test
    void partners_are_reminded_at_five_months_and_again_at_six_and_never_twice() {
        freshness.sendReminders(CHECKED.plusMonths(5).minusDays(1));
        assertThat(remindersTo()).as("not yet at 5 months less a day").isZero();

        freshness.sendReminders(CHECKED.plusMonths(5));
        assertThat(remindersTo()).isEqualTo(1);
        assertThat(f.mailTo(EDITOR).get(0).getBody()).contains("Vornish Alpha Crisis Café", "5 months");

        freshness.sendReminders(CHECKED.plusMonths(5).plusDays(3));
        assertThat(remindersTo()).as("the 5-month reminder is not sent twice").isEqualTo(1);

        freshness.sendReminders(CHECKED.plusMonths(6));
        freshness.sendReminders(CHECKED.plusMonths(7));
        assertThat(remindersTo()).as("one more at 6 months, then silence").isEqualTo(2);
    }

    @Test
    void confirming_again_starts_the_reminders_afresh() {
        freshness.sendReminders(CHECKED.plusMonths(6));
        assertThat(remindersTo()).isEqualTo(1);
        LocalDate reconfirmed = CHECKED.plusMonths(6);
        new org.springframework.transaction.support.TransactionTemplate(
                        context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(s -> context.getBean(uk.nowrongdoor.directory.domain.ListingRepository.class)
                        .findById(f.cafeA.getId())
                        .orElseThrow()
                        .setLastChecked(reconfirmed));
        freshness.sendReminders(reconfirmed.plusMonths(1));
        assertThat(remindersTo()).isEqualTo(1);
        freshness.sendReminders(reconfirmed.plusMonths(5));
        assertThat(remindersTo()).isEqualTo(2);
    }

    @Test
    void admins_see_stale_listings_and_organisations_with_no_partner_account() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(freshness.staleListings())
                .extracting(FreshnessService.StaleListing::slug)
                .contains("vornish-cafe-b");
        assertThat(freshness.organisationsWithoutPartner())
                .contains("Vornish Beta Trust")
                .doesNotContain("Vornish Alpha Trust");
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
        assertThatThrownBy(() -> freshness.staleListings()).isInstanceOf(AccessDeniedException.class);
    }
}
