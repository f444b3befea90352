package uk.nowrongdoor.referral.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    List<RetentionRun> findTop20ByOrderByRanAtDesc();
}
