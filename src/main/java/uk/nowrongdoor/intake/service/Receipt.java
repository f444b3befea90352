package uk.nowrongdoor.intake.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person gets back once their form is committed: the reference, the short status code (shown once, stored
 * only as a hash) and whether risk was indicated, so the confirmation can show the crisis card again.
 */
public record Receipt(
        String reference,
        String statusCode,
        boolean riskIndicated,
        @Nullable LocalDate acknowledgeBy,
        boolean acknowledgementEmailed) {}
