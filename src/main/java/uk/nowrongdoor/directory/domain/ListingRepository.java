package uk.nowrongdoor.directory.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingRepository extends JpaRepository<Listing, Long>, ListingSearchRepository {

    Optional<Listing> findBySlug(String slug);

    List<Listing> findByOrganisationOrderByNameAsc(Organisation organisation);
}
