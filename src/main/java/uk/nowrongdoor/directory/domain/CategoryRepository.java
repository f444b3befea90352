package uk.nowrongdoor.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findBySlug(String slug);

    Optional<Category> findByUuid(UUID uuid);

    List<Category> findAllByOrderByPositionAsc();
}
