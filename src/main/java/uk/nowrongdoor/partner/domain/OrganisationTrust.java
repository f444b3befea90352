package uk.nowrongdoor.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** An admin's decision that an organisation's edits publish at once. No row means not trusted. */
@Entity
@Table(name = "organisation_trust")
public class OrganisationTrust extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private Long organisationId = 0L;

    private boolean trusted;

    @Column(nullable = false)
    private Instant changedAt = Instant.EPOCH;

    protected OrganisationTrust() {}

    public OrganisationTrust(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isTrusted() {
        return trusted;
    }

    public void setTrusted(boolean trusted, Instant at) {
        this.trusted = trusted;
        this.changedAt = at;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
