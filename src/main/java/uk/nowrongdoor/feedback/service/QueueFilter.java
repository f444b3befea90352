package uk.nowrongdoor.feedback.service;

import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;

/**
 * Filters on the triage queue; null means any. {@code organisation} is an organisation's id, or
 * {@link #PARTNERSHIP} for items about the partnership or "not sure". Closed items show only when asked for by status.
 */
public record QueueFilter(
        @Nullable FeedbackKind kind,
        @Nullable Long organisation,
        @Nullable FeedbackStatus status,
        boolean safeguardingOnly,
        boolean overdueOnly) {

    public static final long PARTNERSHIP = 0L;

    public static QueueFilter open() {
        return new QueueFilter(null, null, null, false, false);
    }
}
