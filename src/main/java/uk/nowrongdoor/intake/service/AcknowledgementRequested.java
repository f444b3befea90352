package uk.nowrongdoor.intake.service;

import java.time.LocalDate;

/**
 * Published inside the submitting transaction; the email is queued in the same transaction and sent after it. Carries the address, the
 * reference and dates only: the person's story never travels by email.
 */
public record AcknowledgementRequested(String to, String reference, String statusPath, LocalDate acknowledgeBy) {}
