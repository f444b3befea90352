package uk.nowrongdoor.directory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisLineRepository extends JpaRepository<CrisisLine, Long> {

    List<CrisisLine> findAllByOrderByPositionAsc();

    Optional<CrisisLine> findBySlug(String slug);
}
