package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** The complaints procedure an admin chose for one organisation. */
@Entity
@Table(name = "complaints_policy")
public class OrganisationPolicy extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private Long organisationId = 0L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ComplaintsPolicy policy = ComplaintsPolicy.DEFAULT;

    protected OrganisationPolicy() {}

    public OrganisationPolicy(Long organisationId, ComplaintsPolicy policy) {
        this.organisationId = organisationId;
        this.policy = policy;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ComplaintsPolicy getPolicy() {
        return policy;
    }

    public void choose(ComplaintsPolicy policy) {
        this.policy = policy;
    }
}
