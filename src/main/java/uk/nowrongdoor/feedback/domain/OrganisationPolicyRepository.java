package uk.nowrongdoor.feedback.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationPolicyRepository extends JpaRepository<OrganisationPolicy, Long> {

    Optional<OrganisationPolicy> findByOrganisationId(Long organisationId);
}
