package uk.nowrongdoor.referral.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a referral's history for staff: when, what, who, where it went or why it closed, the note. */
public record HistoryLine(Instant at, String what, String who, @Nullable String detail, @Nullable String note) {}
