package uk.nowrongdoor.intake.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a person gets back once their form is committed: the reference, the short status code (shown once, stored
 * only as an HMAC) and whether risk was indicated, so the confirmation can show the crisis card again. When the same
 * form was sent before, the status code is null: it is the one shown the first time, and is never replaced.
 */
public record Receipt(
        String reference,
        @Nullable String statusCode,
        boolean riskIndicated,
        @Nullable LocalDate acknowledgeBy,
        boolean acknowledgementEmailed) {

    /** The receipt for a form that had already been stored: its reference, and no new status code. */
    public static Receipt repeat(String reference, boolean riskIndicated, @Nullable LocalDate acknowledgeBy) {
        return new Receipt(reference, null, riskIndicated, acknowledgeBy, false);
    }

    /** True when this form had been sent before, so no status code is shown. */
    public boolean sentBefore() {
        return statusCode == null;
    }
}
