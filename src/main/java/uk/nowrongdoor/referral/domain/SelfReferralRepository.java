package uk.nowrongdoor.referral.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SelfReferralRepository extends JpaRepository<SelfReferral, Long> {

    Optional<SelfReferral> findByIdempotencyKey(String idempotencyKey);

    Optional<SelfReferral> findByReference(String reference);

    long countByIdempotencyKey(String idempotencyKey);

    /** The organisations' inbox: what they hold and have not closed, most urgent and newest first. */
    @Query("select r from SelfReferral r join fetch r.organisation left join fetch r.listing"
            + " where r.organisation.id in :organisationIds and r.heldByCoordinators = false"
            + " and r.status <> uk.nowrongdoor.referral.domain.ReferralStatus.CLOSED"
            + " order by r.urgent desc, r.submittedAt desc")
    List<SelfReferral> openFor(Collection<Long> organisationIds);

    /** The coordinators' queue, most urgent and newest first. */
    @Query("select r from SelfReferral r join fetch r.organisation left join fetch r.listing"
            + " where r.withCoordinators = true"
            + " and r.status <> uk.nowrongdoor.referral.domain.ReferralStatus.CLOSED"
            + " order by r.urgent desc, r.submittedAt desc")
    List<SelfReferral> coordinatorsQueue();

    /** Unopened where they are, not yet with the coordinators, and arrived there by the given time. */
    @Query("select r from SelfReferral r where r.withCoordinators = false and r.routedAt <= :arrivedBy"
            + " and r.status in (uk.nowrongdoor.referral.domain.ReferralStatus.NEW,"
            + " uk.nowrongdoor.referral.domain.ReferralStatus.REDIRECTED)")
    List<SelfReferral> unopenedArrivedBy(Instant arrivedBy);

    @Query("select r.id from SelfReferral r where r.status = uk.nowrongdoor.referral.domain.ReferralStatus.CLOSED"
            + " and r.closedAt < :closedBefore")
    List<Long> closedBefore(Instant closedBefore);

    @Modifying
    @Query("delete from SelfReferral r where r.id in :ids")
    int deleteByIds(Collection<Long> ids);
}
