package uk.nowrongdoor.referral.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfReferralRepository extends JpaRepository<SelfReferral, Long> {

    Optional<SelfReferral> findByIdempotencyKey(String idempotencyKey);

    Optional<SelfReferral> findByReference(String reference);

    long countByIdempotencyKey(String idempotencyKey);
}
