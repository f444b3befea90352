package uk.nowrongdoor.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.SessionException;

/**
 * A time-critical notice on a listing ("closed tonight", "extra session on Saturday", "phone line down"). It is
 * public from the moment it is saved until it expires or is withdrawn; no one moderates it.
 */
@Entity
@Table(name = "listing_notice")
public class ListingNotice extends AbstractEntity {

    public static final int MESSAGE_MAX = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Listing listing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind = NoticeKind.OTHER;

    @Column(length = MESSAGE_MAX)
    private @Nullable String message;

    private @Nullable LocalDate onDate;

    @Column(name = "opens_at")
    private @Nullable LocalTime opens;

    @Column(name = "closes_at")
    private @Nullable LocalTime closes;

    private boolean exceptionAdded;

    @Column(nullable = false)
    private Instant publishedAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    private @Nullable Instant endedAt;

    @Column(nullable = false)
    private long publishedBy;

    protected ListingNotice() {}

    public ListingNotice(
            Listing listing,
            NoticeKind kind,
            @Nullable String message,
            @Nullable LocalDate onDate,
            @Nullable LocalTime opens,
            @Nullable LocalTime closes,
            Instant publishedAt,
            Instant expiresAt,
            long publishedBy) {
        this.listing = listing;
        this.kind = kind;
        this.message = message;
        this.onDate = onDate;
        this.opens = opens;
        this.closes = closes;
        this.publishedAt = publishedAt;
        this.expiresAt = expiresAt;
        this.publishedBy = publishedBy;
    }

    /** Public while neither withdrawn nor expired. */
    public boolean isLive(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    /** What the public listing page says, e.g. "Closed on Wednesday 25 November. Staff training." */
    public String publicText() {
        String lead =
                switch (kind) {
                    case CLOSED -> "Closed on " + DAY.format(date()) + ".";
                    case EXTRA_SESSION -> "Extra session on " + DAY.format(date()) + ", " + opens + " to " + closes
                            + ".";
                    case PHONE_DOWN -> "Our phone line is not working at the moment.";
                    case OTHER -> "";
                };
        String text = message == null || message.isBlank() ? lead : (lead + " " + message.strip()).strip();
        return text;
    }

    /** The dated closure or extra session this notice stands for on the listing's timetable, if it has one. */
    public @Nullable SessionException asSessionException() {
        String note = message == null || message.isBlank()
                ? null
                : message.strip().substring(0, Math.min(message.strip().length(), SessionException.NOTE_MAX));
        return switch (kind) {
            case CLOSED -> SessionException.closedOn(date(), note);
            case EXTRA_SESSION -> SessionException.extraSession(date(), requireTime(opens), requireTime(closes), note);
            default -> null;
        };
    }

    /** Whether an exception on the timetable is the one this notice added. */
    public boolean matches(SessionException e) {
        SessionException mine = asSessionException();
        return mine != null
                && e.getDate().equals(mine.getDate())
                && e.isClosed() == mine.isClosed()
                && java.util.Objects.equals(e.getOpens(), mine.getOpens())
                && java.util.Objects.equals(e.getCloses(), mine.getCloses())
                && java.util.Objects.equals(e.getNote(), mine.getNote());
    }

    private LocalDate date() {
        if (onDate == null) {
            throw new IllegalStateException("A dated notice needs its date");
        }
        return onDate;
    }

    private static LocalTime requireTime(@Nullable LocalTime time) {
        if (time == null) {
            throw new IllegalStateException("An extra session needs its times");
        }
        return time;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public Listing getListing() {
        return listing;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public @Nullable String getMessage() {
        return message;
    }

    public @Nullable LocalDate getOnDate() {
        return onDate;
    }

    public @Nullable LocalTime getOpens() {
        return opens;
    }

    public @Nullable LocalTime getCloses() {
        return closes;
    }

    public boolean isExceptionAdded() {
        return exceptionAdded;
    }

    public void setExceptionAdded(boolean exceptionAdded) {
        this.exceptionAdded = exceptionAdded;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public long getPublishedBy() {
        return publishedBy;
    }
}
