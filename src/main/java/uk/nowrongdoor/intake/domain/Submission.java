package uk.nowrongdoor.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/**
 * What every form a member of the public sends has: the reference they are given, the hash of their private status
 * code, the key that makes a retry return the first submission, and what the shared risk screen found.
 */
@MappedSuperclass
public abstract class Submission extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 254;

    @Column(nullable = false, unique = true, length = 20)
    private String reference = "";

    @Column(nullable = false, length = 64)
    private String statusCodeHash = "";

    @Column(nullable = false, unique = true, length = 36)
    private String idempotencyKey = "";

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable SafeNow safeNow;

    private boolean riskIndicated;

    /** Set when risk is indicated, so staff see it first. Never promised to the person as an urgent reply. */
    private boolean urgent;

    protected Submission() {}

    protected Submission(String reference, String statusCodeHash, String idempotencyKey) {
        this.reference = reference;
        this.statusCodeHash = statusCodeHash;
        this.idempotencyKey = idempotencyKey;
    }

    public void recordSafety(@Nullable SafeNow safeNow, boolean riskIndicated) {
        this.safeNow = safeNow;
        this.riskIndicated = riskIndicated;
        this.urgent = riskIndicated;
    }

    public String getReference() {
        return reference;
    }

    public String getStatusCodeHash() {
        return statusCodeHash;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public @Nullable SafeNow getSafeNow() {
        return safeNow;
    }

    public boolean isRiskIndicated() {
        return riskIndicated;
    }

    public boolean isUrgent() {
        return urgent;
    }
}
