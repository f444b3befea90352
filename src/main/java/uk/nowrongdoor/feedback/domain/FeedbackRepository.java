package uk.nowrongdoor.feedback.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByIdempotencyKey(String idempotencyKey);

    Optional<Feedback> findByReference(String reference);

    /**
     * What a lead may see: items of the given organisations, plus (when {@code partnership} is true) items about the
     * partnership or "not sure", which have no organisation. Imported historic records are not triaged.
     */
    @Query("select f from Feedback f left join f.organisation o where f.imported = false and "
            + "(o.id in :organisationIds or (:partnership = true and o is null))")
    List<Feedback> findVisibleTo(Collection<Long> organisationIds, boolean partnership);

    /** Closed items of a kind, closed on or before the cut-off and not yet anonymised (the retention job's work). */
    @Query("select f from Feedback f where f.imported = false and f.anonymisedOn is null and f.kind = :kind "
            + "and f.status = uk.nowrongdoor.feedback.domain.FeedbackStatus.CLOSED and f.closedOn <= :closedOnOrBefore")
    List<Feedback> findDueForAnonymising(FeedbackKind kind, LocalDate closedOnOrBefore);

    /** Everything held under this email address (a rights request), not counting imported records. */
    @Query("select f from Feedback f where f.imported = false and lower(f.email) = lower(:email) order by f.receivedAt")
    List<Feedback> findByEmailForRights(String email);

    /** Everything received in [from, to), for the report (live and imported). */
    @Query("select distinct f from Feedback f left join fetch f.organisation left join fetch f.themes "
            + "where f.receivedAt >= :from and f.receivedAt < :to")
    List<Feedback> findReceivedBetween(Instant from, Instant to);
}
