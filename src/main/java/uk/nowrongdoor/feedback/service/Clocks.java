package uk.nowrongdoor.feedback.service;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.intake.service.WorkingDays;

/**
 * The statutory clocks, worked out from dates, the organisation's policy and the bank holidays. Pure arithmetic, so
 * every rule is tested without a database.
 */
public final class Clocks {

    /** What the feedback form promises everyone: an acknowledgement within 3 working days. */
    public static final int PROMISED_ACKNOWLEDGEMENT_WORKING_DAYS = 3;

    private Clocks() {}

    /** Compliments and comments have no clock; concerns and complaints are acknowledged. */
    public static boolean needsAcknowledgement(FeedbackKind kind) {
        return kind == FeedbackKind.CONCERN || kind == FeedbackKind.COMPLAINT;
    }

    /**
     * The acknowledgement deadline: the policy's, from receipt (stage 1) or from the request to escalate (stage 2),
     * but never later than what the form promised the person at stage 1.
     */
    public static LocalDate acknowledgeBy(
            ComplaintsPolicy policy, int stage, LocalDate received, @Nullable LocalDate escalated, Set<LocalDate> hol) {
        if (stage == 2 && escalated != null) {
            return WorkingDays.plus(escalated, policy.acknowledgeWorkingDays(2), hol);
        }
        int days = Math.min(policy.acknowledgeWorkingDays(1), PROMISED_ACKNOWLEDGEMENT_WORKING_DAYS);
        return WorkingDays.plus(received, days, hol);
    }

    /**
     * When a formal complaint must be answered: for a council's corporate procedure, 10 (stage 1) or 20 (stage 2)
     * working days from the acknowledgement (or from its deadline while not yet acknowledged); for the 2009
     * regulations the period is agreed with the person, and the app proposes 6 months from receipt.
     */
    public static @Nullable LocalDate respondBy(
            ComplaintsPolicy policy,
            FeedbackKind kind,
            int stage,
            LocalDate received,
            @Nullable LocalDate acknowledged,
            LocalDate acknowledgeBy,
            Set<LocalDate> hol) {
        if (kind != FeedbackKind.COMPLAINT) {
            return null;
        }
        int answer = policy.answerWorkingDays(stage);
        if (answer == 0) {
            return received.plusMonths(ComplaintsPolicy.AGREED_PERIOD_MONTHS);
        }
        return WorkingDays.plus(acknowledged != null ? acknowledged : acknowledgeBy, answer, hol);
    }

    /** The safeguarding manager's decision is due a number of calendar days after receipt (4 in the reference). */
    public static LocalDate decideBy(LocalDate flagged, int days) {
        return flagged.plusDays(days);
    }

    /** "2 working days left", "due today", "overdue by 1 working day". */
    public static String timeLeft(LocalDate today, LocalDate due, Set<LocalDate> hol) {
        int left = WorkingDays.between(today, due, hol);
        if (left == 0) {
            return due.equals(today) ? "due today" : "due on the next working day";
        }
        if (left > 0) {
            return left + (left == 1 ? " working day left" : " working days left");
        }
        return "overdue by " + (-left) + (left == -1 ? " working day" : " working days");
    }
}
