package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A dated change to the weekly pattern: closed all day, or an extra session on that date. */
@Embeddable
public class SessionException {

    public static final int NOTE_MAX = 200;

    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEE", Locale.UK);

    @Column(name = "on_date", nullable = false)
    private LocalDate date = LocalDate.EPOCH;

    @Column(nullable = false)
    private @Nullable Boolean closed = false;

    @Column(name = "opens_at")
    private @Nullable LocalTime opens;

    @Column(name = "closes_at")
    private @Nullable LocalTime closes;

    @Column(length = NOTE_MAX)
    private @Nullable String note;

    protected SessionException() {}

    public static SessionException closedOn(LocalDate date, @Nullable String note) {
        var e = new SessionException();
        e.date = date;
        e.closed = true;
        e.note = note;
        return e;
    }

    public static SessionException extraSession(
            LocalDate date, LocalTime opens, LocalTime closes, @Nullable String note) {
        var e = new SessionException();
        e.date = date;
        e.opens = opens;
        e.closes = closes;
        e.note = note;
        return e;
    }

    /** The change as people read it in the change history: "Sat 24 Dec 2026: closed (Christmas Eve)". */
    public String describe() {
        String what =
                isClosed() || opens == null || closes == null ? "closed" : "extra session " + opens + "\u2013" + closes;
        String day = date.format(DAY_NAME) + " " + HistoryDates.format(date);
        return day + ": " + what + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")");
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isClosed() {
        return Boolean.TRUE.equals(closed);
    }

    public @Nullable LocalTime getOpens() {
        return opens;
    }

    public @Nullable LocalTime getCloses() {
        return closes;
    }

    public @Nullable String getNote() {
        return note;
    }
}
