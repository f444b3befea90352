package uk.nowrongdoor.directory.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.OpeningHours.OpeningStatus.Kind;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeWindow;

class OpeningHoursTest {

    /** Friday and Saturday evenings, 18:00 until 02:00 the next morning. */
    private static final WeeklySession WEEKEND_NIGHTS =
            new WeeklySession(Set.of(FRIDAY, SATURDAY), LocalTime.of(18, 0), LocalTime.of(2, 0));

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Application.LONDON);
    }

    private static OpeningHours hours(WeeklySession... sessions) {
        return new OpeningHours(List.of(sessions), List.of());
    }

    @Test
    void open_in_the_evening_says_until_when() {
        // 2026-11-27 is a Friday
        var status = hours(WEEKEND_NIGHTS).statusAt(at("2026-11-27T19:30"));
        assertThat(status.kind()).isEqualTo(Kind.OPEN);
        assertThat(status.text()).isEqualTo("Open now until tomorrow 02:00");
    }

    @Test
    void still_open_after_midnight_from_the_night_before() {
        var status = hours(WEEKEND_NIGHTS).statusAt(at("2026-11-28T01:15"));
        assertThat(status.text()).isEqualTo("Open now until 02:00");
    }

    @Test
    void closed_on_sunday_morning_after_saturday_night_ends() {
        var status = hours(WEEKEND_NIGHTS).statusAt(at("2026-11-29T02:00"));
        assertThat(status.kind()).isEqualTo(Kind.CLOSED);
        assertThat(status.text()).isEqualTo("Closed, opens Friday 18:00");
    }

    @Test
    void closed_before_opening_says_when_it_opens_today() {
        assertThat(hours(WEEKEND_NIGHTS).statusAt(at("2026-11-27T09:00")).text())
                .isEqualTo("Closed, opens 18:00");
    }

    @Test
    void closed_date_exception_closes_that_night_including_after_midnight() {
        var hours = new OpeningHours(
                List.of(WEEKEND_NIGHTS),
                List.of(SessionException.closedOn(LocalDate.parse("2026-12-25"), "Christmas")));
        // Christmas Day 2026 is a Friday
        assertThat(hours.isOpenAt(at("2026-12-25T20:00"))).isFalse();
        assertThat(hours.isOpenAt(at("2026-12-26T01:00"))).isFalse();
        assertThat(hours.isOpenAt(at("2026-12-26T20:00"))).isTrue();
    }

    @Test
    void extra_session_opens_on_its_date_only() {
        var hours = new OpeningHours(
                List.of(WEEKEND_NIGHTS),
                List.of(SessionException.extraSession(
                        LocalDate.parse("2026-12-01"), LocalTime.of(12, 0), LocalTime.of(16, 0), null)));
        assertThat(hours.isOpenAt(at("2026-12-01T13:00"))).isTrue();
        assertThat(hours.isOpenAt(at("2026-12-08T13:00"))).isFalse();
    }

    @Test
    void session_outside_its_valid_dates_does_not_open() {
        var seasonal = new WeeklySession(Set.of(FRIDAY), LocalTime.of(10, 0), LocalTime.of(12, 0))
                .validBetween(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
        assertThat(hours(seasonal).isOpenAt(at("2026-11-27T11:00"))).isFalse();
        assertThat(hours(seasonal).isOpenAt(at("2026-12-04T11:00"))).isTrue();
    }

    @Test
    void all_day_every_day_is_open_24_hours() {
        var always = WeeklySession.allDay(EnumSet.allOf(DayOfWeek.class));
        assertThat(hours(always).statusAt(at("2026-11-25T03:00")).kind()).isEqualTo(Kind.ALWAYS_OPEN);
        assertThat(hours(always).statusAt(at("2026-11-25T03:00")).text()).isEqualTo("Open 24 hours");
    }

    @Test
    void no_sessions_means_ask_the_service() {
        var status = hours().statusAt(at("2026-11-25T12:00"));
        assertThat(status.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(status.text()).contains("ask the service");
    }

    @Test
    void clocks_going_forward_use_local_time_not_utc() {
        // 29 March 2026: clocks go forward at 01:00 GMT. 01:30 UTC is 02:30 BST, after a 02:00 close.
        var saturdayNight = new WeeklySession(Set.of(SATURDAY), LocalTime.of(22, 0), LocalTime.of(2, 0));
        var instant = Instant.parse("2026-03-29T01:30:00Z").atZone(Application.LONDON);
        assertThat(instant.toLocalTime()).isEqualTo(LocalTime.of(2, 30));
        assertThat(hours(saturdayNight).isOpenAt(instant)).isFalse();
        assertThat(hours(saturdayNight)
                        .isOpenAt(Instant.parse("2026-03-29T00:30:00Z").atZone(Application.LONDON)))
                .isTrue();
    }

    @Test
    void clocks_going_back_keep_the_session_open_through_the_repeated_hour() {
        // 25 October 2026: clocks go back at 02:00 BST; 01:30 local happens twice. Both are inside 22:00 to 02:00.
        var saturdayNight = new WeeklySession(Set.of(SATURDAY), LocalTime.of(22, 0), LocalTime.of(2, 0));
        assertThat(hours(saturdayNight)
                        .isOpenAt(Instant.parse("2026-10-25T00:30:00Z").atZone(Application.LONDON)))
                .isTrue();
        assertThat(hours(saturdayNight)
                        .isOpenAt(Instant.parse("2026-10-25T01:30:00Z").atZone(Application.LONDON)))
                .isTrue();
        assertThat(hours(saturdayNight)
                        .isOpenAt(Instant.parse("2026-10-25T02:30:00Z").atZone(Application.LONDON)))
                .isFalse();
    }

    @Test
    void session_on_sunday_night_wraps_into_monday_in_week_minutes() {
        var sundayNight = new WeeklySession(Set.of(SUNDAY), LocalTime.of(23, 0), LocalTime.of(1, 0));
        var parts = sundayNight.weekIntervals(List.of());
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getStart()).isEqualTo(6 * 1440 + 23 * 60);
        assertThat(parts.get(0).getEnd()).isEqualTo(7 * 1440);
        assertThat(parts.get(1).getStart()).isZero();
        assertThat(parts.get(1).getEnd()).isEqualTo(60);
        assertThat(parts.get(1).isSpill()).isTrue();
    }

    @Test
    void tonight_runs_from_six_in_the_evening_until_six_next_morning() {
        var windows = OpeningHours.windowsFor(TimeFilter.OPEN_TONIGHT, at("2026-11-25T10:00"));
        assertThat(windows)
                .containsExactly(
                        new TimeWindow(LocalDate.parse("2026-11-25"), 18 * 60, 24 * 60),
                        new TimeWindow(LocalDate.parse("2026-11-26"), 0, 6 * 60));
        var lateNight = OpeningHours.windowsFor(TimeFilter.OPEN_TONIGHT, at("2026-11-26T01:00"));
        assertThat(lateNight).containsExactly(new TimeWindow(LocalDate.parse("2026-11-26"), 60, 6 * 60));
    }

    @Test
    void weekend_means_the_coming_saturday_and_sunday() {
        var windows = OpeningHours.windowsFor(TimeFilter.OPEN_AT_WEEKEND, at("2026-11-25T10:00"));
        assertThat(windows)
                .extracting(TimeWindow::date)
                .containsExactly(LocalDate.parse("2026-11-28"), LocalDate.parse("2026-11-29"));
    }
}
