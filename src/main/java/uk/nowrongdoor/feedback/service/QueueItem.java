package uk.nowrongdoor.feedback.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackStatus;

/** One line of the triage queue: no story, no contact details. */
public record QueueItem(
        long id,
        String reference,
        FeedbackKind kind,
        String organisation,
        FeedbackStatus status,
        boolean risk,
        boolean safeguarding,
        LocalDate received,
        @Nullable LocalDate nextDeadline,
        String nextStep,
        boolean overdue) {}
