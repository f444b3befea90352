package uk.nowrongdoor.directory.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Works out whether a listing is open at a moment, from its weekly sessions and dated exceptions, in UK local time.
 * Local wall-clock times are compared, so a session "18:00 to 23:00" means that in GMT and in BST alike.
 */
public final class OpeningHours {

    /** How far ahead "opens next" looks. */
    private static final int DAYS_AHEAD = 8;

    private final List<WeeklySession> sessions;
    private final List<SessionException> exceptions;

    public OpeningHours(List<WeeklySession> sessions, List<SessionException> exceptions) {
        this.sessions = List.copyOf(sessions);
        this.exceptions = List.copyOf(exceptions);
    }

    public boolean isKnown() {
        return !sessions.isEmpty() || exceptions.stream().anyMatch(e -> !e.isClosed());
    }

    public OpeningStatus statusAt(ZonedDateTime moment) {
        if (!isKnown()) {
            return OpeningStatus.unknown();
        }
        LocalDateTime now = moment.toLocalDateTime();
        List<Span> spans = merged(spansAround(now.toLocalDate()));
        for (Span span : spans) {
            if (!now.isBefore(span.start) && now.isBefore(span.end)) {
                return span.end.isAfter(now.plusDays(DAYS_AHEAD - 2))
                        ? OpeningStatus.alwaysOpen()
                        : OpeningStatus.openUntil(span.end, describe(now, span.end));
            }
        }
        return spans.stream()
                .filter(s -> s.start.isAfter(now))
                .findFirst()
                .map(s -> OpeningStatus.closedOpensAt(s.start, describe(now, s.start)))
                .orElseGet(OpeningStatus::closedNoDate);
    }

    public boolean isOpenAt(ZonedDateTime moment) {
        return statusAt(moment).open();
    }

    /** Concrete opening spans from the day before {@code today} to a week after, in local time. */
    private List<Span> spansAround(LocalDate today) {
        var spans = new ArrayList<Span>();
        for (LocalDate date = today.minusDays(1); date.isBefore(today.plusDays(DAYS_AHEAD)); date = date.plusDays(1)) {
            LocalDate day = date;
            boolean closed = exceptions.stream()
                    .anyMatch(e -> e.isClosed() && e.getDate().equals(day));
            if (!closed) {
                for (WeeklySession s : sessions) {
                    if (s.getDays().contains(day.getDayOfWeek()) && s.validOn(day)) {
                        LocalDateTime start = day.atStartOfDay().plusMinutes(s.startMinuteOfDay());
                        spans.add(new Span(start, start.plusMinutes(s.lengthInMinutes())));
                    }
                }
            }
            for (SessionException e : exceptions) {
                if (!e.isClosed() && e.getDate().equals(day) && e.getOpens() != null && e.getCloses() != null) {
                    LocalDateTime start = day.atTime(e.getOpens());
                    LocalDateTime end = day.atTime(e.getCloses());
                    spans.add(new Span(start, end.isAfter(start) ? end : end.plusDays(1)));
                }
            }
        }
        return spans;
    }

    private static List<Span> merged(List<Span> spans) {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        var result = new ArrayList<Span>();
        for (Span s : sorted) {
            Span last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && !s.start.isAfter(last.end)) {
                result.set(result.size() - 1, new Span(last.start, s.end.isAfter(last.end) ? s.end : last.end));
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /** "23:00", "tomorrow 02:00" or "Friday 18:00", relative to now. */
    static String describe(LocalDateTime now, LocalDateTime when) {
        String time = when.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "midnight"
                : when.toLocalTime().toString();
        LocalDate day = when.toLocalDate();
        if (day.equals(now.toLocalDate())) {
            return time;
        }
        if (day.equals(now.toLocalDate().plusDays(1))) {
            return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? "midnight" : "tomorrow " + time;
        }
        return dayName(day.getDayOfWeek()) + " " + time;
    }

    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /**
     * The stretches of time a filter asks about, split by day. "Now" is the current minute; "tonight" runs from 18:00
     * (or now, if later) until 06:00 tomorrow; "the weekend" is the coming Saturday and Sunday.
     */
    public static List<TimeWindow> windowsFor(TimeFilter filter, ZonedDateTime moment) {
        LocalDateTime now = moment.toLocalDateTime();
        LocalDate today = now.toLocalDate();
        int minute = now.getHour() * 60 + now.getMinute();
        int sixAm = 6 * 60;
        int sixPm = 18 * 60;
        int endOfDay = WeeklySession.MINUTES_PER_DAY;
        return switch (filter) {
            case OPEN_NOW -> List.of(new TimeWindow(today, minute, minute + 1));
            case OPEN_TONIGHT -> minute < sixAm
                    ? List.of(new TimeWindow(today, minute, sixAm))
                    : List.of(
                            new TimeWindow(today, Math.max(minute, sixPm), endOfDay),
                            new TimeWindow(today.plusDays(1), 0, sixAm));
            case OPEN_AT_WEEKEND -> {
                LocalDate saturday = today;
                while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY && saturday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    saturday = saturday.plusDays(1);
                }
                var windows = new ArrayList<TimeWindow>();
                for (LocalDate d = saturday; d.getDayOfWeek() != DayOfWeek.MONDAY; d = d.plusDays(1)) {
                    windows.add(new TimeWindow(d, 0, endOfDay));
                }
                yield windows;
            }
        };
    }

    public enum TimeFilter {
        OPEN_NOW,
        OPEN_TONIGHT,
        OPEN_AT_WEEKEND
    }

    /** Minutes {@code [from, to)} of one local date. */
    public record TimeWindow(LocalDate date, int from, int to) {

        /** The same window as minutes since Monday 00:00. */
        public int weekFrom() {
            return (date.getDayOfWeek().getValue() - 1) * WeeklySession.MINUTES_PER_DAY + from;
        }

        public int weekTo() {
            return (date.getDayOfWeek().getValue() - 1) * WeeklySession.MINUTES_PER_DAY + to;
        }
    }

    private record Span(LocalDateTime start, LocalDateTime end) {}

    /** What a card or listing page says about opening. */
    public record OpeningStatus(Kind kind, @Nullable LocalDateTime changesAt, String text) {

        public enum Kind {
            OPEN,
            ALWAYS_OPEN,
            CLOSED,
            UNKNOWN
        }

        static OpeningStatus unknown() {
            return new OpeningStatus(Kind.UNKNOWN, null, "Opening times: ask the service");
        }

        static OpeningStatus alwaysOpen() {
            return new OpeningStatus(Kind.ALWAYS_OPEN, null, "Open 24 hours");
        }

        static OpeningStatus openUntil(LocalDateTime until, String when) {
            return new OpeningStatus(Kind.OPEN, until, "Open now until " + when);
        }

        static OpeningStatus closedOpensAt(LocalDateTime at, String when) {
            return new OpeningStatus(Kind.CLOSED, at, "Closed, opens " + when);
        }

        static OpeningStatus closedNoDate() {
            return new OpeningStatus(Kind.CLOSED, null, "Closed");
        }

        public boolean open() {
            return kind == Kind.OPEN || kind == Kind.ALWAYS_OPEN;
        }
    }
}
