package uk.nowrongdoor.feedback.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.intake.service.WorkingDays;

/** The statutory clocks, with the England and Wales bank holidays of the V16 migration that matter here. */
class ClocksTest {

    static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 4, 3), // Good Friday
            LocalDate.of(2026, 4, 6), // Easter Monday
            LocalDate.of(2026, 12, 25), // Christmas Day, a Friday
            LocalDate.of(2026, 12, 28), // Boxing Day substitute, Monday
            LocalDate.of(2027, 1, 1)); // New Year's Day, a Friday

    @Test
    void a_complaint_received_on_a_friday_is_acknowledged_by_the_wednesday_after_the_weekend() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(Clocks.acknowledgeBy(ComplaintsPolicy.NHS_2009, 1, friday, null, HOLIDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void easter_good_friday_and_easter_monday_are_not_working_days() {
        LocalDate thursday = LocalDate.of(2026, 4, 2);
        // Fri 3 and Mon 6 April are bank holidays: 7, 8, 9 April are the three working days
        assertThat(Clocks.acknowledgeBy(ComplaintsPolicy.NHS_2009, 1, thursday, null, HOLIDAYS))
                .isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(WorkingDays.plus(thursday, 3)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void over_christmas_and_new_year_the_clock_skips_christmas_day_boxing_day_substitute_and_new_years_day() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        // 25 (holiday), 26-27 (weekend), 28 (substitute), then 29, 30, 31 December
        assertThat(Clocks.acknowledgeBy(ComplaintsPolicy.NHS_2009, 1, christmasEve, null, HOLIDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        // a council's stage 1 answer: 10 working days from an acknowledgement on 31 December skips 1 January
        assertThat(Clocks.respondBy(
                        ComplaintsPolicy.COUNCIL_CORPORATE,
                        FeedbackKind.COMPLAINT,
                        1,
                        christmasEve,
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 12, 31),
                        HOLIDAYS))
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void council_stage_one_acknowledges_within_the_promised_3_days_and_answers_10_working_days_after() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        LocalDate ackBy = Clocks.acknowledgeBy(ComplaintsPolicy.COUNCIL_CORPORATE, 1, monday, null, HOLIDAYS);
        // the policy allows 5, but the form promised everyone 3 working days
        assertThat(ackBy).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(Clocks.respondBy(
                        ComplaintsPolicy.COUNCIL_CORPORATE,
                        FeedbackKind.COMPLAINT,
                        1,
                        monday,
                        LocalDate.of(2026, 11, 17),
                        ackBy,
                        HOLIDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void council_stage_two_acknowledges_in_5_and_answers_in_20_working_days() {
        LocalDate escalated = LocalDate.of(2026, 11, 16);
        LocalDate ackBy = Clocks.acknowledgeBy(
                ComplaintsPolicy.COUNCIL_CORPORATE, 2, LocalDate.of(2026, 10, 1), escalated, HOLIDAYS);
        assertThat(ackBy).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Clocks.respondBy(
                        ComplaintsPolicy.COUNCIL_CORPORATE,
                        FeedbackKind.COMPLAINT,
                        2,
                        LocalDate.of(2026, 10, 1),
                        null,
                        ackBy,
                        HOLIDAYS))
                .isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void nhs_and_adult_social_care_propose_six_months_for_the_agreed_response_and_only_complaints_have_one() {
        LocalDate received = LocalDate.of(2026, 11, 16);
        for (ComplaintsPolicy policy :
                new ComplaintsPolicy[] {ComplaintsPolicy.NHS_2009, ComplaintsPolicy.ADULT_SOCIAL_CARE_2009}) {
            assertThat(policy.acknowledgeWorkingDays(1)).isEqualTo(3);
            assertThat(Clocks.respondBy(policy, FeedbackKind.COMPLAINT, 1, received, null, received, HOLIDAYS))
                    .isEqualTo(LocalDate.of(2027, 5, 16));
        }
        assertThat(Clocks.respondBy(
                        ComplaintsPolicy.NHS_2009, FeedbackKind.CONCERN, 1, received, null, received, HOLIDAYS))
                .isNull();
        assertThat(Clocks.needsAcknowledgement(FeedbackKind.COMPLIMENT)).isFalse();
        assertThat(Clocks.needsAcknowledgement(FeedbackKind.CONCERN)).isTrue();
    }

    @Test
    void the_ombudsman_is_phso_for_nhs_and_lgsco_for_councils_and_social_care() {
        assertThat(ComplaintsPolicy.NHS_2009.ombudsman().paragraph()).contains("Parliamentary and Health Service");
        assertThat(ComplaintsPolicy.ADULT_SOCIAL_CARE_2009.ombudsman().paragraph())
                .contains("Local Government and Social Care");
        assertThat(ComplaintsPolicy.COUNCIL_CORPORATE.ombudsman().paragraph())
                .contains("Local Government and Social Care");
    }

    @Test
    void time_left_counts_working_days_and_says_when_overdue() {
        LocalDate friday = LocalDate.of(2026, 12, 18);
        assertThat(Clocks.timeLeft(friday, LocalDate.of(2026, 12, 22), HOLIDAYS))
                .isEqualTo("2 working days left");
        assertThat(Clocks.timeLeft(friday, friday, HOLIDAYS)).isEqualTo("due today");
        assertThat(Clocks.timeLeft(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 24), HOLIDAYS))
                .isEqualTo("overdue by 1 working day");
        assertThat(Clocks.timeLeft(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24), HOLIDAYS))
                .isEqualTo("overdue by 3 working days");
    }

    @Test
    void the_safeguarding_decision_is_due_four_calendar_days_after_the_flag() {
        assertThat(Clocks.decideBy(LocalDate.of(2026, 11, 27), 4)).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
