package uk.nowrongdoor.feedback.service;

import java.util.List;

/**
 * Equality answers for one quarter as staff may see them: counts only, numbers under 5 shown as "<5" and any count
 * that would give one away "not shown" ({@link SmallNumbers}). Nothing here leads to one person's answers.
 */
public record EqualitySummary(String quarter, String responses, List<Question> questions) {

    public record Question(String title, List<Answer> answers) {}

    public record Answer(String label, String count) {}
}
