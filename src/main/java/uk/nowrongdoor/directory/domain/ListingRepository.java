package uk.nowrongdoor.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingRepository extends JpaRepository<Listing, Long>, ListingSearchRepository {

    Optional<Listing> findBySlug(String slug);

    Optional<Listing> findByUuid(UUID uuid);

    /** The listing that holds the location with this id. */
    Optional<Listing> findByLocationsUuid(UUID locationUuid);

    @Query("select loc.uuid from Listing l join l.locations loc"
            + " where l.status = uk.nowrongdoor.directory.domain.ListingStatus.ACTIVE")
    List<UUID> findActiveLocationUuids();

    @Query("select l.slug from Listing l"
            + " where l.status = uk.nowrongdoor.directory.domain.ListingStatus.ACTIVE order by l.slug")
    List<String> findActiveSlugs();

    List<Listing> findByOrganisationOrderByNameAsc(Organisation organisation);
}
