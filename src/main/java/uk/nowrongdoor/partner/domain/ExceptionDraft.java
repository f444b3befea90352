package uk.nowrongdoor.partner.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.SessionException;
import uk.nowrongdoor.partner.domain.SessionDraft.Part;
import uk.nowrongdoor.partner.domain.SessionDraft.Problem;

/** A dated change to the weekly pattern as a partner edits it: closed all day, or an extra session on that date. */
public record ExceptionDraft(
        @Nullable LocalDate date,
        boolean closed,
        @Nullable LocalTime opens,
        @Nullable LocalTime closes,
        boolean overnight,
        @Nullable String note) {

    public static final int MAX_UPCOMING = 20;
    /** Shorter than the column, so that a whole timetable fits in one revision value. */
    public static final int NOTE_MAX = 80;

    public static final int MAX_DAYS_AHEAD = 366;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    public static ExceptionDraft closedOn(LocalDate date, @Nullable String note) {
        return new ExceptionDraft(date, true, null, null, false, note);
    }

    public static ExceptionDraft extraSession(
            LocalDate date, LocalTime opens, LocalTime closes, @Nullable String note) {
        return new ExceptionDraft(date, false, opens, closes, !closes.isAfter(opens), note);
    }

    public static ExceptionDraft from(SessionException e) {
        boolean closed = e.isClosed() || e.getOpens() == null || e.getCloses() == null;
        return new ExceptionDraft(
                e.getDate(),
                closed,
                closed ? null : e.getOpens(),
                closed ? null : e.getCloses(),
                !closed && !e.getCloses().isAfter(e.getOpens()),
                e.getNote());
    }

    public SessionException toSessionException() {
        String n = cleanNote(note);
        return closed || opens == null || closes == null
                ? SessionException.closedOn(date, n)
                : SessionException.extraSession(date, opens, closes, n);
    }

    public @Nullable Problem problem(LocalDate today) {
        if (date == null) {
            return new Problem(Part.DATE, "Choose the date");
        }
        if (date.isBefore(today) || date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return new Problem(Part.DATE, "Choose a date from today to a year ahead");
        }
        if (note != null && note.strip().length() > NOTE_MAX) {
            return new Problem(Part.NOTE, "The note must be " + NOTE_MAX + " characters or fewer");
        }
        if (closed) {
            return null;
        }
        return new SessionDraft(java.util.EnumSet.of(date.getDayOfWeek()), false, opens, closes, overnight, null, null)
                .problem();
    }

    /** Another change on the same date that says the same thing, or clashes with it, or null. */
    public @Nullable ExceptionDraft clashWith(List<ExceptionDraft> others) {
        for (ExceptionDraft o : others) {
            if (o == this || o.date == null || !o.date.equals(date)) {
                continue;
            }
            if (closed && o.closed) {
                return o;
            }
            if (!closed && !o.closed && asSession().clashWith(List.of(o.asSession())) != null) {
                return o;
            }
        }
        return null;
    }

    private SessionDraft asSession() {
        return new SessionDraft(java.util.EnumSet.of(date.getDayOfWeek()), false, opens, closes, overnight, null, null);
    }

    /** "Closed on Thursday 24 December 2026 (Christmas Eve)", "Extra session on Saturday 28 November 2026 10:00 to 12:00". */
    public String label() {
        String day = date == null ? "(no date)" : DATE.format(date);
        String n = cleanNote(note);
        String suffix = n == null ? "" : " (" + n + ")";
        if (closed || opens == null || closes == null) {
            return "Closed on " + day + suffix;
        }
        return "Extra session on " + day + " " + opens + " to " + closes + (!closes.isAfter(opens) ? " (next day)" : "")
                + suffix;
    }

    /** One line, no separator of the revision text format, no bidirectional or control characters. */
    static @Nullable String cleanNote(@Nullable String note) {
        if (note == null) {
            return null;
        }
        String v = note.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .replace('|', '/')
                .strip();
        return v.isEmpty() ? null : v;
    }
}
