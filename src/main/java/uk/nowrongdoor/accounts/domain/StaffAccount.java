package uk.nowrongdoor.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;
import uk.nowrongdoor.directory.domain.Organisation;

/** A member of staff: a partner editor, a referral coordinator, a complaints lead or a partnership admin. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends AbstractEntity {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email = "";

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName = "";

    @Column(name = "password_hash", length = 200)
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** A complaints lead or coordinator for the whole partnership rather than for named organisations. */
    @Column(name = "partnership_wide", nullable = false)
    private boolean partnershipWide;

    /** Part of its organisations' receiving team: self-referrals reach this person's inbox. */
    @Column(name = "receives_referrals", nullable = false)
    private boolean receivesReferrals;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "staff_account_organisation",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new HashSet<>();

    protected StaffAccount() {}

    public StaffAccount(String email, String displayName, Instant createdAt) {
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    /** Addresses are compared without case and surrounding spaces, so "Ann@X.org " and "ann@x.org" are one account. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash, Instant changedAt) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = changedAt;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isPartnershipWide() {
        return partnershipWide;
    }

    public void setPartnershipWide(boolean partnershipWide) {
        this.partnershipWide = partnershipWide;
    }

    public boolean isReceivesReferrals() {
        return receivesReferrals;
    }

    public void setReceivesReferrals(boolean receivesReferrals) {
        this.receivesReferrals = receivesReferrals;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a failed sign-in; returns the new count of failures in a row. */
    public int recordFailure() {
        return ++failedSignIns;
    }

    public void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    public void recordSignIn(Instant at) {
        this.failedSignIns = 0;
        this.lockedUntil = null;
        this.lastSignInAt = at;
    }

    public void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public @Nullable Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<StaffRole> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<StaffRole> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    public Set<Organisation> getOrganisations() {
        return Set.copyOf(organisations);
    }

    public void setOrganisations(Set<Organisation> organisations) {
        this.organisations.clear();
        this.organisations.addAll(organisations);
    }
}
