package uk.nowrongdoor.partner.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationTrustRepository extends JpaRepository<OrganisationTrust, Long> {

    Optional<OrganisationTrust> findByOrganisationId(Long organisationId);
}
