package uk.nowrongdoor.intake.service;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.intake.domain.Submission;

/**
 * Stores a public form at most once per idempotency key. A retry (same tab, or the same form sent again from another
 * tab or session) gets the first submission's reference; its status code is never replaced, since only its HMAC is
 * kept and the person may already have written the first one down. Two copies sent at the same moment both pass the
 * first look-up; the unique key makes one insert fail, and that one is answered with the winner's reference instead
 * of an error that would say nothing was sent.
 */
@Component
public class SubmitOnce {

    private final TransactionTemplate tx;

    SubmitOnce(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        // never joins a caller's transaction: a failed insert must not doom the look-up that follows it
        this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param existing finds a stored submission by this key
     * @param repeatOf the receipt for a stored one, made with {@link Receipt#repeat}
     * @param store validates and stores a new one, returning its receipt (runs in its own transaction)
     */
    public <S extends Submission> Receipt submit(
            String idempotencyKey,
            Function<String, Optional<S>> existing,
            Function<S, Receipt> repeatOf,
            Supplier<Receipt> store) {
        Optional<Receipt> repeat =
                tx.execute(s -> existing.apply(idempotencyKey).map(repeatOf));
        if (repeat != null && repeat.isPresent()) {
            return repeat.get();
        }
        try {
            return tx.execute(s -> store.get());
        } catch (DataIntegrityViolationException e) {
            Optional<Receipt> winner =
                    tx.execute(s -> existing.apply(idempotencyKey).map(repeatOf));
            if (winner != null && winner.isPresent()) {
                return winner.get();
            }
            throw e;
        }
    }
}
