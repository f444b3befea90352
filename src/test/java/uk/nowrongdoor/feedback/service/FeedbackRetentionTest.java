package uk.nowrongdoor.feedback.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nowrongdoor.feedback.service.FeedbackFixtures.CWPT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.PrivacyLogEntry;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;
import uk.nowrongdoor.testsupport.TestClock;

/** The retention job, called as the scheduler would, with the test clock moved across the retention period. */
class FeedbackRetentionTest extends ClockedFeedbackTest {

    @Autowired
    FeedbackRetention retention;

    @Autowired
    FeedbackRetentionProperties properties;

    @Autowired
    TransactionTemplate tx;

    /** A complaint about the trust, coded and closed today by its lead. */
    private long closedComplaint() {
        long id = fixtures.send(CWPT, FeedbackKind.COMPLAINT, false);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, fixtures.organisationId(CWPT)));
        var coding = new Coding();
        coding.setThemes(EnumSet.of(Theme.APPOINTMENTS, Theme.COMMUNICATIONS));
        coding.setOutcome(Outcome.UPHELD);
        coding.setNotes("Spoke to the team manager");
        triage.code(id, coding);
        triage.close(id);
        Staff.signOut();
        return id;
    }

    private Feedback load(long id) {
        return tx.execute(s -> {
            Feedback f = feedback.findById(id).orElseThrow();
            f.getThemes().size();
            return f;
        });
    }

    @Test
    void closed_feedback_keeps_its_details_until_two_years_after_closing_then_only_what_the_report_counts_stays() {
        long id = closedComplaint();
        LocalDate closed = load(id).getClosedOn();
        assertThat(closed).isEqualTo(LocalDate.of(2026, 11, 25));

        clock.set(TestClock.START.plusYears(2).minusDays(1));
        PrivacyLogEntry early = retention.anonymiseExpired(clock);
        assertThat(early.getItems()).isZero();
        assertThat(load(id).getEmail()).isNotNull();
        assertThat(load(id).getWhatHappened()).isNotEmpty();

        clock.set(TestClock.START.plusYears(2));
        PrivacyLogEntry run = retention.anonymiseExpired(clock);
        assertThat(run.getItems()).isEqualTo(1);
        assertThat(run.getAction()).isEqualTo(PrivacyLogEntry.Action.RETENTION);
        assertThat(run.getDetail()).contains("complaint closed on or before 2026-11-25: 1");

        Feedback after = load(id);
        assertThat(after.getAnonymisedOn()).isEqualTo(LocalDate.of(2028, 11, 25));
        assertThat(after.getContactName()).isNull();
        assertThat(after.getEmail()).isNull();
        assertThat(after.getPhone()).isNull();
        assertThat(after.getWhatHappened()).isEmpty();
        assertThat(after.getOutcomeWanted()).isNull();
        assertThat(after.getNotes()).isNull();
        assertThat(after.isAnonymous()).isTrue();
        // what the partnership's report counts stays
        assertThat(after.getKind()).isEqualTo(FeedbackKind.COMPLAINT);
        assertThat(after.getOrganisation()).isNotNull();
        assertThat(after.getThemes()).containsExactlyInAnyOrder(Theme.APPOINTMENTS, Theme.COMMUNICATIONS);
        assertThat(after.getOutcome()).isEqualTo(Outcome.UPHELD);
        assertThat(after.getReceivedAt()).isEqualTo(TestClock.START.toInstant());

        assertThat(retention.anonymiseExpired(clock).getItems())
                .as("an item is anonymised once")
                .isZero();
        assertThat(privacyLog.findAll()).hasSize(3);
    }

    @Test
    void feedback_that_is_still_open_is_never_anonymised_however_old() {
        long open = fixtures.send(CWPT, FeedbackKind.COMPLAINT, false);
        clock.advance(Duration.ofDays(365 * 10));
        assertThat(retention.anonymiseExpired(clock).getItems()).isZero();
        assertThat(load(open).getStatus()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(load(open).getEmail()).isNotNull();
    }

    @Test
    void each_kind_has_its_own_period_so_a_shorter_one_for_compliments_does_not_touch_complaints() {
        long complaint = closedComplaint();
        long compliment = fixtures.send(CWPT, FeedbackKind.COMPLIMENT, false);
        Staff.signIn(Staff.memberOf(AppRoles.COMPLAINTS_LEAD, fixtures.organisationId(CWPT)));
        triage.close(compliment);
        Staff.signOut();
        var shortForCompliments = new FeedbackRetention(
                feedback,
                privacyLog,
                new FeedbackRetentionProperties(
                        Period.ofMonths(6),
                        Period.ofYears(2),
                        Period.ofYears(2),
                        Period.ofYears(2),
                        Period.ofYears(1)));

        clock.set(TestClock.START.plusMonths(6));
        var run = tx.execute(s -> shortForCompliments.anonymiseExpired(clock));

        assertThat(run.getItems()).isEqualTo(1);
        assertThat(load(compliment).getAnonymisedOn()).isNotNull();
        assertThat(load(complaint).getAnonymisedOn()).isNull();
    }

    @Test
    void the_privacy_notice_states_the_periods_the_job_and_the_erasure_rule_apply() throws Exception {
        String privacy = Files.readString(Path.of("content/pages/privacy.md"));
        var kept = Pattern.compile(
                        "Feedback, compliments and complaints are kept for (\\d+) years after they are closed")
                .matcher(privacy);
        assertThat(kept.find())
                .as("the privacy notice states feedback's retention period")
                .isTrue();
        Period stated = Period.ofYears(Integer.parseInt(kept.group(1)));
        for (FeedbackKind kind : FeedbackKind.values()) {
            assertThat(properties.periodFor(kind)).as(kind.name()).isEqualTo(stated);
        }
        assertThat(privacy).contains("until it is closed and for a year after that");
        assertThat(properties.erasureHold().toTotalMonths()).isEqualTo(12);
        assertThat(privacy).doesNotContain("complaints are kept for 2 years after they are closed, then deleted");
    }
}
