package uk.nowrongdoor.feedback.service;

import java.util.Map;

/**
 * Aggregate equality answers for one quarter. Keys are answer names, with "NOT_ANSWERED" for skipped questions (kept
 * apart from PREFER_NOT_TO_SAY).
 */
public record EqualityReport(
        String quarter,
        long responses,
        Map<String, Long> gender,
        Map<String, Long> ageBand,
        Map<String, Long> ethnicity,
        Map<String, Long> disability) {

    public static final String NOT_ANSWERED = "NOT_ANSWERED";
}
