package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A dated change to the weekly pattern: closed all day, or an extra session on that date. */
@Embeddable
public class SessionException {

    public static final int NOTE_MAX = 200;

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
