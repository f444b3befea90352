package uk.nowrongdoor.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/**
 * One line of the sign-in audit: who (the account's address, or none when the name typed matched no account), who
 * did it (for admin actions), when, and a keyed hash of the address it came from. No password, no typed user name.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends AbstractEntity {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SecurityEventKind kind = SecurityEventKind.SIGN_IN;

    @Column(name = "account_email", length = 254)
    private @Nullable String accountEmail;

    @Column(name = "actor_email", length = 254)
    private @Nullable String actorEmail;

    @Column(name = "address_hash", length = 64)
    private @Nullable String addressHash;

    @Column(length = 500)
    private @Nullable String detail;

    protected SecurityEvent() {}

    public SecurityEvent(
            Instant occurredAt,
            SecurityEventKind kind,
            @Nullable String accountEmail,
            @Nullable String actorEmail,
            @Nullable String addressHash,
            @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.accountEmail = accountEmail;
        this.actorEmail = actorEmail;
        this.addressHash = addressHash;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public @Nullable String getAccountEmail() {
        return accountEmail;
    }

    public @Nullable String getActorEmail() {
        return actorEmail;
    }

    public @Nullable String getAddressHash() {
        return addressHash;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
