package uk.nowrongdoor.accounts.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findTop200ByOrderByOccurredAtDescIdDesc();

    List<SecurityEvent> findByAccountEmailOrderByOccurredAtDescIdDesc(String accountEmail);

    long countByAccountEmailAndKindAndOccurredAtAfter(String accountEmail, SecurityEventKind kind, Instant after);
}
