package uk.nowrongdoor.feedback.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByIdempotencyKey(String idempotencyKey);

    Optional<Feedback> findByReference(String reference);
}
