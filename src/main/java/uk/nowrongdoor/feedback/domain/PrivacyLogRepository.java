package uk.nowrongdoor.feedback.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivacyLogRepository extends JpaRepository<PrivacyLogEntry, Long> {

    List<PrivacyLogEntry> findTop20ByOrderByOccurredAtDescIdDesc();
}
