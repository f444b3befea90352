package uk.nowrongdoor.partner.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingNoticeRepository extends JpaRepository<ListingNotice, Long> {

    @Query("select n from ListingNotice n where n.listing.id = :listingId and n.endedAt is null and n.expiresAt > :now"
            + " order by n.publishedAt desc")
    List<ListingNotice> findLive(Long listingId, Instant now);

    @Query("select n from ListingNotice n where n.endedAt is null and n.expiresAt <= :now")
    List<ListingNotice> findExpiredButNotEnded(Instant now);
}
