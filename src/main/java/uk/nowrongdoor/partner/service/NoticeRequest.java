package uk.nowrongdoor.partner.service;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.partner.domain.NoticeKind;

/**
 * A notice as the partner asks for it. Closed and extra-session notices are about {@code date} and end by themselves
 * at 06:00 the morning after; the others last {@code hours}.
 */
public record NoticeRequest(
        NoticeKind kind,
        @Nullable LocalDate date,
        @Nullable LocalTime opens,
        @Nullable LocalTime closes,
        @Nullable String message,
        int hours) {

    public static final int MAX_HOURS = 7 * 24;
    public static final int MAX_DAYS_AHEAD = 60;

    public static NoticeRequest closedOn(LocalDate date, @Nullable String message) {
        return new NoticeRequest(NoticeKind.CLOSED, date, null, null, message, 0);
    }

    public static NoticeRequest extraSession(LocalDate date, LocalTime opens, LocalTime closes, @Nullable String msg) {
        return new NoticeRequest(NoticeKind.EXTRA_SESSION, date, opens, closes, msg, 0);
    }

    public static NoticeRequest lasting(NoticeKind kind, int hours, @Nullable String message) {
        return new NoticeRequest(kind, null, null, null, message, hours);
    }
}
