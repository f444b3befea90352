package uk.nowrongdoor.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ListingRepository extends JpaRepository<Listing, Long>, ListingSearchRepository {

    Optional<Listing> findBySlug(String slug);

    Optional<Listing> findByUuid(UUID uuid);

    /** The listing that holds the location with this id. */
    Optional<Listing> findByLocationsUuid(UUID locationUuid);

    List<Listing> findByOrganisationOrderByNameAsc(Organisation organisation);
}
