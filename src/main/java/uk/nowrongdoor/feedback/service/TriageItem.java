package uk.nowrongdoor.feedback.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;

/** Everything the item screen shows about one piece of feedback, with its clocks and its history. */
public record TriageItem(
        long id,
        String reference,
        FeedbackKind kind,
        FeedbackStatus status,
        int stage,
        @Nullable Long organisationId,
        String organisation,
        @Nullable String service,
        String story,
        @Nullable String whenHappened,
        @Nullable String outcomeWanted,
        String from,
        boolean canEmail,
        boolean risk,
        boolean safeguarding,
        @Nullable LocalDate safeguardingDecideBy,
        @Nullable String safeguardingDecision,
        @Nullable LocalDate safeguardingDecidedOn,
        @Nullable Boolean wishesAsked,
        LocalDate received,
        @Nullable LocalDate acknowledgeBy,
        ComplaintsPolicy policy,
        List<String> clocks,
        Coding coding,
        List<HistoryLine> history) {

    /** One audited change. */
    public record HistoryLine(java.time.Instant when, String who, String what) {}
}
