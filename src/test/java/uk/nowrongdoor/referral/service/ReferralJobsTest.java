package uk.nowrongdoor.referral.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING;
import static uk.nowrongdoor.referral.service.ReferralFixtures.ACCEPTING_ORGANISATION;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.referral.domain.CloseReason;
import uk.nowrongdoor.referral.domain.ReferralEvent;
import uk.nowrongdoor.referral.domain.ReferralEventKind;
import uk.nowrongdoor.referral.domain.ReferralEventRepository;
import uk.nowrongdoor.referral.domain.RetentionRunRepository;
import uk.nowrongdoor.referral.domain.SelfReferral;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.testsupport.ReceivingTeams;

/** The scheduled jobs, called as the scheduler would but with a fixed clock: the coordinators' check and retention. */
@SpringBootTest
@ActiveProfiles("test")
class ReferralJobsTest {

    static final String COORDINATOR = "coordinator@jobs.test";

    @Autowired
    ApplicationContext context;

    @Autowired
    ReferralRouting routing;

    @Autowired
    ReferralRetention retention;

    @Autowired
    SelfReferralRepository referrals;

    @Autowired
    ReferralEventRepository events;

    @Autowired
    RetentionRunRepository runs;

    @Autowired
    ListingRepository listings;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    OutboxMessageRepository outbox;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void aCoordinatorAndAReceivingTeam() {
        ReceivingTeams.ensure(context, ACCEPTING_ORGANISATION);
        tx.executeWithoutResult(s -> {
            if (accounts.findByEmail(COORDINATOR).isEmpty()) {
                var account = new StaffAccount(COORDINATOR, "Coordinator", Instant.now());
                account.setRoles(EnumSet.of(StaffRole.COORDINATOR));
                account.setPartnershipWide(true);
                accounts.save(account);
            }
        });
        outbox.deleteAll();
    }

    @AfterEach
    void cleanUp() {
        referrals.deleteAll();
        runs.deleteAll();
        outbox.deleteAll();
    }

    static Instant london(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute)
                .atZone(Application.LONDON)
                .toInstant();
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, Application.LONDON);
    }

    /** A referral that arrived at the given time, as if sent then. */
    long arrived(Instant at, boolean urgent) {
        return tx.execute(s -> {
            var r = new SelfReferral(
                    "NWD-R-" + UUID.randomUUID().toString().substring(0, 9).toUpperCase(),
                    "hash",
                    UUID.randomUUID().toString(),
                    listings.findBySlug(ACCEPTING).orElseThrow(),
                    at);
            r.describeNeed(uk.nowrongdoor.referral.domain.ForWhom.ME, false, "Private words");
            r.recordSafety(urgent ? SafeNow.NO : SafeNow.YES, urgent);
            referrals.save(r);
            events.save(new ReferralEvent(r, at, ReferralEventKind.SENT, null, ReferralEvent.THE_PERSON));
            return r.getId();
        });
    }

    boolean withCoordinators(long id) {
        return referrals.findById(id).orElseThrow().isWithCoordinators();
    }

    @Test
    void an_unopened_referral_goes_to_the_coordinators_after_one_working_day_not_after_24_hours() {
        // Friday 27 November 2026 at 16:00: one working day later is Monday 30 November at 16:00
        long id = arrived(london(11, 27, 16, 0), false);

        assertThat(routing.sendOverdueToCoordinators(at(london(11, 28, 17, 0)))).isZero();
        assertThat(routing.sendOverdueToCoordinators(at(london(11, 30, 15, 59))))
                .isZero();
        assertThat(withCoordinators(id)).isFalse();

        assertThat(routing.sendOverdueToCoordinators(at(london(11, 30, 16, 0)))).isEqualTo(1);
        assertThat(withCoordinators(id)).isTrue();
    }

    @Test
    void the_one_working_day_limit_skips_christmas_day_and_the_boxing_day_substitute_bank_holiday() {
        // Thursday 24 December 2026 at 16:00; Friday 25 and Monday 28 December are bank holidays (V16's calendar)
        long id = arrived(london(12, 24, 16, 0), false);

        assertThat(routing.sendOverdueToCoordinators(at(london(12, 28, 16, 0)))).isZero();
        assertThat(routing.sendOverdueToCoordinators(at(london(12, 29, 15, 59))))
                .isZero();
        assertThat(withCoordinators(id)).isFalse();

        assertThat(routing.sendOverdueToCoordinators(at(london(12, 29, 16, 0)))).isEqualTo(1);
        assertThat(withCoordinators(id)).isTrue();
    }

    @Test
    void an_urgent_unopened_referral_goes_to_the_coordinators_after_four_hours() {
        long id = arrived(london(11, 25, 10, 0), true);

        assertThat(routing.sendOverdueToCoordinators(at(london(11, 25, 13, 59))))
                .isZero();
        assertThat(routing.sendOverdueToCoordinators(at(london(11, 25, 14, 0)))).isEqualTo(1);
        assertThat(withCoordinators(id)).isTrue();
        assertThat(events.findByReferralIdOrderByOccurredAtAscIdAsc(id))
                .extracting(ReferralEvent::getKind)
                .containsExactly(ReferralEventKind.SENT, ReferralEventKind.SENT_TO_COORDINATORS);
    }

    @Test
    void an_opened_referral_stays_with_its_organisation() {
        long id = arrived(london(11, 25, 10, 0), true);
        tx.executeWithoutResult(
                s -> referrals.findById(id).orElseThrow().open(42L, "Partner", true, london(11, 25, 11, 0)));

        assertThat(routing.sendOverdueToCoordinators(at(london(12, 1, 10, 0)))).isZero();
        assertThat(withCoordinators(id)).isFalse();
    }

    @Test
    void coordinators_are_told_once_with_links_and_no_personal_details() {
        long first = arrived(london(11, 25, 10, 0), true);
        long second = arrived(london(11, 25, 11, 0), true);

        assertThat(routing.sendOverdueToCoordinators(at(london(11, 25, 16, 0)))).isEqualTo(2);
        assertThat(routing.sendOverdueToCoordinators(at(london(11, 25, 17, 0)))).isZero();

        var toCoordinator = outbox.findAll().stream()
                .filter(m -> m.getTo().equals(COORDINATOR))
                .toList();
        assertThat(toCoordinator).hasSize(1);
        String body = toCoordinator.get(0).getBody();
        assertThat(body).contains("/staff/referrals/" + first, "/staff/referrals/" + second);
        assertThat(body).doesNotContain("Private words", "NWD-R-", "Rethink");
        assertThat(outbox.findAll()).extracting(OutboxMessage::getSubject).doesNotContain("Private words");
    }

    @Test
    void retention_deletes_referrals_closed_more_than_two_years_ago_with_their_history_and_records_the_run() {
        long expired = arrived(Instant.parse("2024-10-01T09:00:00Z"), false);
        long recent = arrived(Instant.parse("2024-10-01T09:00:00Z"), false);
        long open = arrived(Instant.parse("2020-01-06T10:00:00Z"), false);
        tx.executeWithoutResult(s -> {
            referrals
                    .findById(expired)
                    .orElseThrow()
                    .close(CloseReason.MOVED_AWAY, Instant.parse("2024-11-28T12:00:00Z"));
            referrals
                    .findById(recent)
                    .orElseThrow()
                    .close(CloseReason.MOVED_AWAY, Instant.parse("2024-11-30T12:00:00Z"));
        });

        // Sunday 29 November 2026: anything closed before 29 November 2024 goes
        var run = retention.deleteExpired(at(london(11, 29, 2, 30)));

        assertThat(referrals.findById(expired)).isEmpty();
        assertThat(events.findByReferralIdOrderByOccurredAtAscIdAsc(expired)).isEmpty();
        assertThat(referrals.findById(recent)).isPresent();
        assertThat(referrals.findById(open)).isPresent();
        assertThat(events.findByReferralIdOrderByOccurredAtAscIdAsc(open)).hasSize(1);
        assertThat(run.getReferralsDeleted()).isEqualTo(1);
        assertThat(run.getEventsDeleted()).isEqualTo(1);
        assertThat(run.getClosedBefore()).isEqualTo(Instant.parse("2024-11-29T02:30:00Z"));
        assertThat(runs.findTop20ByOrderByRanAtDesc()).hasSize(1);
    }
}
