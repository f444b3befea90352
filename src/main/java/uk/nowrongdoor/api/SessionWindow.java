package uk.nowrongdoor.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * The profile's {@code start_time} and {@code end_time}: services with a schedule that starts at or after the start
 * time and ends at or before the end time (UK local time, as the schedules are published); with {@code day}, that
 * schedule must run on that day. An all-day session runs from 00:00 to 23:59; one that closes after midnight ends on
 * the next day, so it never ends before an end time.
 */
record SessionWindow(@Nullable LocalTime start, @Nullable LocalTime end, @Nullable DayOfWeek day) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    boolean matches(Listing listing) {
        return listing.getSessions().stream().anyMatch(this::matches);
    }

    boolean matches(WeeklySession s) {
        if (day != null && !s.getDays().contains(day)) {
            return false;
        }
        int opens = s.isAllDay() || s.getOpens() == null ? 0 : minutes(s.getOpens());
        int closes = s.isAllDay() || s.getCloses() == null ? MINUTES_PER_DAY - 1 : minutes(s.getCloses());
        if (closes <= opens) {
            closes += MINUTES_PER_DAY; // runs past midnight
        }
        return (start == null || opens >= minutes(start)) && (end == null || closes <= minutes(end));
    }

    private static int minutes(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }
}
