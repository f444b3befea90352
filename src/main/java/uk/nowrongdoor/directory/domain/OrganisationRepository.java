package uk.nowrongdoor.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySlug(String slug);

    Optional<Organisation> findByUuid(UUID uuid);

    List<Organisation> findAllByOrderByNameAsc();
}
