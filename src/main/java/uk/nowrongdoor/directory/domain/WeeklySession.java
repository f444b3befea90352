package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A weekly recurring opening, in UK local time. A closing time at or before the opening time means the session runs
 * past midnight into the next day.
 */
@Embeddable
public class WeeklySession {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    @Convert(converter = DaysConverter.class)
    @Column(name = "days", nullable = false, length = 80)
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

    @Column(name = "opens_at")
    private @Nullable LocalTime opens;

    @Column(name = "closes_at")
    private @Nullable LocalTime closes;

    // a wrapper: Hibernate may build an embeddable from a join row with nulls when batch-loading collections
    @Column(name = "all_day", nullable = false)
    private @Nullable Boolean allDay = false;

    private @Nullable LocalDate validFrom;

    private @Nullable LocalDate validTo;

    protected WeeklySession() {}

    public WeeklySession(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        this.days = EnumSet.copyOf(days);
        this.opens = opens;
        this.closes = closes;
    }

    public static WeeklySession allDay(Set<DayOfWeek> days) {
        var session = new WeeklySession();
        session.days = EnumSet.copyOf(days);
        session.allDay = true;
        return session;
    }

    public WeeklySession validBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
        return this;
    }

    public Set<DayOfWeek> getDays() {
        return days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public @Nullable LocalTime getOpens() {
        return opens;
    }

    public @Nullable LocalTime getCloses() {
        return closes;
    }

    public boolean isAllDay() {
        return Boolean.TRUE.equals(allDay);
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** The session as people read it in the change history: "Tuesday 18:00–22:00", "Every day all day (until …)". */
    public String describe() {
        var sorted = days.stream().sorted().toList();
        String dayText = sorted.size() == 7
                ? "Every day"
                : sorted.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                        .collect(Collectors.joining(", "));
        String time = isAllDay() || opens == null || closes == null ? " all day" : " " + opens + "\u2013" + closes;
        String valid = validFrom == null && validTo == null
                ? ""
                : validTo == null
                        ? " (from " + HistoryDates.format(validFrom) + ")"
                        : validFrom == null
                                ? " (until " + HistoryDates.format(validTo) + ")"
                                : " (" + HistoryDates.format(validFrom) + " to " + HistoryDates.format(validTo) + ")";
        return dayText + time + valid;
    }

    /** Minutes the session lasts from its opening time; over midnight adds a day. */
    int lengthInMinutes() {
        if (isAllDay() || opens == null || closes == null) {
            return MINUTES_PER_DAY;
        }
        int start = opens.toSecondOfDay() / 60;
        int end = closes.toSecondOfDay() / 60;
        return end > start ? end - start : end + MINUTES_PER_DAY - start;
    }

    int startMinuteOfDay() {
        return isAllDay() || opens == null ? 0 : opens.toSecondOfDay() / 60;
    }

    /**
     * The session's parts as minutes since Monday 00:00, split at midnight, so that a range query on the index can
     * tell whether a moment of the week falls inside.
     */
    public List<OpenInterval> weekIntervals(List<LocalDate> closedDates) {
        var intervals = new ArrayList<OpenInterval>();
        for (DayOfWeek day : days) {
            int dayStart = (day.getValue() - 1) * MINUTES_PER_DAY;
            int start = startMinuteOfDay();
            int end = start + lengthInMinutes();
            intervals.add(new OpenInterval(
                    dayStart + start,
                    dayStart + Math.min(end, MINUTES_PER_DAY),
                    false,
                    validFrom,
                    validTo,
                    closedDates));
            if (end > MINUTES_PER_DAY) {
                int nextDayStart = (dayStart + MINUTES_PER_DAY) % MINUTES_PER_WEEK;
                intervals.add(new OpenInterval(
                        nextDayStart, nextDayStart + end - MINUTES_PER_DAY, true, validFrom, validTo, closedDates));
            }
        }
        return intervals;
    }
}
