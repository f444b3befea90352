package uk.nowrongdoor.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimetableTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static SessionDraft session(DayOfWeek day, int opens, int closes) {
        return SessionDraft.of(EnumSet.of(day), LocalTime.of(opens, 0), LocalTime.of(closes, 0));
    }

    @Test
    void sessions_and_dated_changes_survive_the_round_trip_through_revision_text_in_one_order() {
        var sessions = List.of(
                session(DayOfWeek.FRIDAY, 22, 2),
                SessionDraft.of(
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0)));
        String text = TimetableText.ofDrafts(sessions);
        assertThat(TimetableText.sessions(text)).containsExactly(sessions.get(1), sessions.get(0));
        assertThat(TimetableText.describeSessions(text))
                .isEqualTo("Monday and Wednesday 10:00 to 12:00; Friday 22:00 to 02:00 (next day)");

        var changes = List.of(
                ExceptionDraft.extraSession(
                        TODAY.plusDays(3), LocalTime.of(10, 0), LocalTime.of(12, 0), "Coffee | cake"),
                ExceptionDraft.closedOn(TODAY.plusDays(1), "Staff\ntraining"));
        String dated = TimetableText.ofExceptionDrafts(changes);
        assertThat(TimetableText.describeExceptions(dated))
                .isEqualTo("Closed on Thursday 26 November 2026 (Staff training); "
                        + "Extra session on Saturday 28 November 2026 10:00 to 12:00 (Coffee / cake)");
        assertThat(TimetableText.ofExceptionDrafts(TimetableText.exceptions(dated)))
                .isEqualTo(dated);
    }

    @Test
    void an_end_before_the_start_is_refused_unless_the_session_ends_after_midnight() {
        var slip = new SessionDraft(
                EnumSet.of(DayOfWeek.TUESDAY), false, LocalTime.of(18, 0), LocalTime.of(17, 0), false, null, null);
        assertThat(slip.problem()).isNotNull().satisfies(p -> {
            assertThat(p.part()).isEqualTo(SessionDraft.Part.CLOSES);
            assertThat(p.message()).startsWith("The end time must be after the start time");
        });
        var night = new SessionDraft(
                EnumSet.of(DayOfWeek.TUESDAY), false, LocalTime.of(18, 0), LocalTime.of(2, 0), true, null, null);
        assertThat(night.problem()).isNull();
        assertThat(new SessionDraft(EnumSet.noneOf(DayOfWeek.class), true, null, null, false, null, null).problem())
                .extracting(SessionDraft.Problem::part)
                .isEqualTo(SessionDraft.Part.DAYS);
    }

    @Test
    void sessions_overlap_on_a_shared_day_and_across_midnight_but_not_back_to_back() {
        var evening = session(DayOfWeek.TUESDAY, 18, 22);
        assertThat(session(DayOfWeek.TUESDAY, 21, 23).clashWith(List.of(evening)))
                .isEqualTo(evening);
        assertThat(session(DayOfWeek.TUESDAY, 22, 23).clashWith(List.of(evening)))
                .isNull();
        assertThat(session(DayOfWeek.WEDNESDAY, 18, 22).clashWith(List.of(evening)))
                .isNull();
        var sundayNight = session(DayOfWeek.SUNDAY, 22, 3);
        assertThat(session(DayOfWeek.MONDAY, 2, 4).clashWith(List.of(sundayNight)))
                .as("Sunday night runs into Monday morning, across the end of the week")
                .isEqualTo(sundayNight);
    }

    @Test
    void a_dated_change_needs_a_date_from_today_and_a_second_closure_on_a_date_clashes() {
        assertThat(ExceptionDraft.closedOn(TODAY.minusDays(1), null).problem(TODAY))
                .extracting(SessionDraft.Problem::message)
                .isEqualTo("Choose a date from today to a year ahead");
        var closed = ExceptionDraft.closedOn(TODAY, null);
        assertThat(ExceptionDraft.closedOn(TODAY, "again").clashWith(List.of(closed)))
                .isEqualTo(closed);
        assertThat(new ExceptionDraft(TODAY, false, LocalTime.of(12, 0), LocalTime.of(10, 0), false, null)
                        .problem(TODAY))
                .as("an extra session that ends before it starts, not marked as after midnight, is not taken")
                .extracting(SessionDraft.Problem::part)
                .isEqualTo(SessionDraft.Part.CLOSES);
    }
}
