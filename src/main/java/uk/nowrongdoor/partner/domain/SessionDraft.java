package uk.nowrongdoor.partner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * A weekly session as a partner edits it: the days, and the times or "all day". A session that ends after midnight
 * says so ({@code overnight}), so that an end time before the start time is never a slip of the finger.
 */
public record SessionDraft(
        Set<DayOfWeek> days,
        boolean allDay,
        @Nullable LocalTime opens,
        @Nullable LocalTime closes,
        boolean overnight,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public static final int MAX_SESSIONS = 30;
    static final int DAY = 24 * 60;
    static final int WEEK = 7 * DAY;

    public SessionDraft {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public static SessionDraft of(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        return new SessionDraft(days, false, opens, closes, !closes.isAfter(opens), null, null);
    }

    public static SessionDraft from(WeeklySession s) {
        LocalTime opens = s.getOpens();
        LocalTime closes = s.getCloses();
        boolean allDay = s.isAllDay() || opens == null || closes == null;
        return new SessionDraft(
                s.getDays(),
                allDay,
                allDay ? null : opens,
                allDay ? null : closes,
                !allDay && !closes.isAfter(opens),
                s.getValidFrom(),
                s.getValidTo());
    }

    public WeeklySession toWeeklySession() {
        WeeklySession s = allDay || opens == null || closes == null
                ? WeeklySession.allDay(days)
                : new WeeklySession(days, opens, closes);
        return s.validBetween(validFrom, validTo);
    }

    /** Which part of the session is wrong, or null: checked by the form next to its field, and again by the service. */
    public @Nullable Problem problem() {
        if (days.isEmpty()) {
            return new Problem(Part.DAYS, "Choose at least one day");
        }
        if (allDay) {
            return null;
        }
        if (opens == null) {
            return new Problem(Part.OPENS, "Choose the start time");
        }
        if (closes == null) {
            return new Problem(Part.CLOSES, "Choose the end time");
        }
        if (!overnight && !closes.isAfter(opens)) {
            return new Problem(
                    Part.CLOSES, "The end time must be after the start time (or tick \"Ends after midnight\")");
        }
        if (overnight && closes.isAfter(opens)) {
            return new Problem(
                    Part.CLOSES, "A session that ends after midnight must end before its start time on the next day");
        }
        return null;
    }

    /** The first of the others that runs at the same time as this one on a shared day, or null. */
    public @Nullable SessionDraft clashWith(List<SessionDraft> others) {
        for (SessionDraft other : others) {
            if (other != this && validityOverlaps(other) && timesOverlap(other)) {
                return other;
            }
        }
        return null;
    }

    private boolean validityOverlaps(SessionDraft o) {
        boolean startsBeforeOtherEnds = validFrom == null || o.validTo == null || !validFrom.isAfter(o.validTo);
        boolean otherStartsBeforeThisEnds = o.validFrom == null || validTo == null || !o.validFrom.isAfter(validTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    private boolean timesOverlap(SessionDraft o) {
        for (int[] a : weekSpans()) {
            for (int[] b : o.weekSpans()) {
                // compare in the same week and a week either side, so a Sunday night session meets Monday morning
                for (int shift = -WEEK; shift <= WEEK; shift += WEEK) {
                    if (a[0] < b[1] + shift && b[0] + shift < a[1]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<int[]> weekSpans() {
        int start = allDay || opens == null ? 0 : opens.toSecondOfDay() / 60;
        int length;
        if (allDay || opens == null || closes == null) {
            length = DAY;
        } else {
            int end = closes.toSecondOfDay() / 60;
            length = end > start ? end - start : end + DAY - start;
        }
        return days.stream()
                .map(d -> new int[] {(d.getValue() - 1) * DAY + start, (d.getValue() - 1) * DAY + start + length})
                .toList();
    }

    /** "Tuesday 18:00 to 22:00", "Monday, Wednesday and Friday, all day", "Every day 22:00 to 02:00 (next day)". */
    public String label() {
        String when;
        if (allDay || opens == null || closes == null) {
            when = ", all day";
        } else {
            when = " " + opens + " to " + closes + (overnight || !closes.isAfter(opens) ? " (next day)" : "");
        }
        String validity = "";
        if (validFrom != null && validTo != null) {
            validity = " (from " + validFrom + " to " + validTo + ")";
        } else if (validFrom != null) {
            validity = " (from " + validFrom + ")";
        } else if (validTo != null) {
            validity = " (until " + validTo + ")";
        }
        return dayNames(days) + when + validity;
    }

    public static String dayNames(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "Every day";
        }
        if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "Monday to Friday";
        }
        List<String> names = days.stream()
                .sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }

    /** The part of the form a problem belongs to. */
    public enum Part {
        DAYS,
        OPENS,
        CLOSES,
        DATE,
        NOTE
    }

    public record Problem(Part part, String message) {}
}
