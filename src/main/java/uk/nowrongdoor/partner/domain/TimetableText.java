package uk.nowrongdoor.partner.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.directory.domain.WeeklySession;

/**
 * Weekly sessions and dated changes as the text a revision stores (one line each, fields separated by "|"), in one
 * order, so that the same timetable always reads the same and a revision holds only a real difference.
 */
public final class TimetableText {

    private TimetableText() {}

    public static String ofSessions(List<WeeklySession> sessions) {
        return sessions.stream().map(SessionDraft::from).toList().stream()
                .sorted(SESSION_ORDER)
                .map(TimetableText::line)
                .collect(Collectors.joining("\n"));
    }

    public static String ofDrafts(List<SessionDraft> sessions) {
        return sessions.stream().sorted(SESSION_ORDER).map(TimetableText::line).collect(Collectors.joining("\n"));
    }

    public static String ofExceptions(List<SessionException> exceptions) {
        return ofExceptionDrafts(exceptions.stream().map(ExceptionDraft::from).toList());
    }

    public static String ofExceptionDrafts(List<ExceptionDraft> exceptions) {
        return exceptions.stream().map(TimetableText::line).sorted().collect(Collectors.joining("\n"));
    }

    public static List<SessionDraft> sessions(String text) {
        var result = new ArrayList<SessionDraft>();
        for (String line : lines(text)) {
            String[] p = line.split("\\|", -1);
            var days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : p[0].split(",")) {
                days.add(DayOfWeek.valueOf(d));
            }
            boolean allDay = p[1].isEmpty();
            LocalTime opens = allDay ? null : LocalTime.parse(p[1]);
            LocalTime closes = allDay ? null : LocalTime.parse(p[2]);
            result.add(new SessionDraft(
                    days, allDay, opens, closes, !allDay && !closes.isAfter(opens), date(p[3]), date(p[4])));
        }
        return result;
    }

    public static List<ExceptionDraft> exceptions(String text) {
        var result = new ArrayList<ExceptionDraft>();
        for (String line : lines(text)) {
            String[] p = line.split("\\|", 5);
            LocalDate date = LocalDate.parse(p[0]);
            String note = p[4].isEmpty() ? null : p[4];
            if (p[1].equals("closed")) {
                result.add(ExceptionDraft.closedOn(date, note));
            } else {
                result.add(ExceptionDraft.extraSession(date, LocalTime.parse(p[2]), LocalTime.parse(p[3]), note));
            }
        }
        return result;
    }

    /** How a person reads the stored text: one session or change per line, or "(none)". */
    public static String describeSessions(String text) {
        var list = sessions(text);
        return list.isEmpty()
                ? "(none)"
                : list.stream().map(SessionDraft::label).collect(Collectors.joining("; "));
    }

    public static String describeExceptions(String text) {
        var list = exceptions(text);
        return list.isEmpty()
                ? "(none)"
                : list.stream().map(ExceptionDraft::label).collect(Collectors.joining("; "));
    }

    static final Comparator<SessionDraft> SESSION_ORDER = Comparator.<SessionDraft>comparingInt(
                    s -> s.days().stream().mapToInt(DayOfWeek::getValue).min().orElse(8))
            .thenComparing(s -> s.opens() == null ? LocalTime.MIN : s.opens())
            .thenComparing(TimetableText::line);

    static String line(SessionDraft s) {
        String days = s.days().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        boolean allDay = s.allDay() || s.opens() == null || s.closes() == null;
        return String.join(
                "|",
                days,
                allDay ? "" : s.opens().toString(),
                allDay ? "" : s.closes().toString(),
                s.validFrom() == null ? "" : s.validFrom().toString(),
                s.validTo() == null ? "" : s.validTo().toString());
    }

    static String line(ExceptionDraft e) {
        boolean closed = e.closed() || e.opens() == null || e.closes() == null;
        String note = ExceptionDraft.cleanNote(e.note());
        return String.join(
                "|",
                String.valueOf(e.date()),
                closed ? "closed" : "open",
                closed ? "" : e.opens().toString(),
                closed ? "" : e.closes().toString(),
                note == null ? "" : note);
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static @Nullable LocalDate date(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }
}
