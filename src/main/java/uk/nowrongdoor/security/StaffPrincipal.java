package uk.nowrongdoor.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff: their account, roles and the organisations they act for. Services check
 * organisations against {@link #actsFor(Long)}; views never decide access on their own.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final long accountId;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<String> roles;
    private final Set<Long> organisationIds;
    private final boolean partnershipWide;
    private final boolean enabled;
    private final boolean locked;
    private final boolean passwordSet;

    /** Stands for "no password chosen yet": no password matches it (it is not a bcrypt hash). */
    static final String NO_PASSWORD = "{bcrypt}no-password-set";

    public StaffPrincipal(
            long accountId,
            String email,
            String displayName,
            @Nullable String passwordHash,
            Set<String> roles,
            Set<Long> organisationIds,
            boolean partnershipWide,
            boolean enabled,
            boolean locked) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.organisationIds = Set.copyOf(organisationIds);
        this.partnershipWide = partnershipWide;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordSet = passwordHash != null;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The organisations this person is a member of (partner editor, or complaints lead for named organisations). */
    public Set<Long> organisationIds() {
        return organisationIds;
    }

    /** A lead or coordinator for the whole partnership, not for named organisations. */
    public boolean partnershipWide() {
        return partnershipWide;
    }

    /** True when this person is a member of the organisation. Admins are not members by virtue of their role. */
    public boolean actsFor(@Nullable Long organisationId) {
        return organisationId != null && organisationIds.contains(organisationId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordSet ? passwordHash : NO_PASSWORD;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        // an invited person who has not set a password yet cannot sign in
        return enabled && passwordSet;
    }

    @Override
    public boolean isAccountNonLocked() {
        // worked out with the application's clock when the account was loaded
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Sessions of one account are found by the account, whatever else changed (sign out everywhere). */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof StaffPrincipal other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + accountId + "]";
    }

    /** For tests and the roles table: the role names as a list, in a stable order. */
    public List<String> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
