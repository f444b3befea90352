package uk.nowrongdoor.partner.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingRevisionRepository extends JpaRepository<ListingRevision, Long> {

    @Query("select r from ListingRevision r join fetch r.listing where r.status = :status order by r.submittedAt")
    List<ListingRevision> findByStatus(RevisionStatus status);

    @Query("select r from ListingRevision r where r.listing.id = :listingId order by r.submittedAt desc, r.id desc")
    List<ListingRevision> findHistory(Long listingId);

    @Query("select count(r) from ListingRevision r where r.listing.id = :listingId and r.status = :status")
    long countByListingAndStatus(Long listingId, RevisionStatus status);
}
