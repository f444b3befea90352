package uk.nowrongdoor.accounts.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findTop200ByOrderByOccurredAtDescIdDesc();

    List<SecurityEvent> findByAccountEmailOrderByOccurredAtDescIdDesc(String accountEmail);
}
