package uk.nowrongdoor.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisLineRepository extends JpaRepository<CrisisLine, Long> {

    List<CrisisLine> findAllByOrderByPositionAsc();
}
