package uk.nowrongdoor.intake.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findTop100ByOrderByCreatedAtDesc();

    List<OutboxMessage> findTop100ByCarriesSignInLinkFalseOrderByCreatedAtDesc();

    List<OutboxMessage> findByTo(String to);

    long countByCarriesSignInLinkTrue();

    List<OutboxMessage> findTop20ByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
            OutboxMessage.Status status, Instant now);
}
