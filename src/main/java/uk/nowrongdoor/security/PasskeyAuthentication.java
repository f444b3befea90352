package uk.nowrongdoor.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A member of staff signed in with a passkey: the same {@link StaffPrincipal} as a password sign-in gives. */
public final class PasskeyAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;

    PasskeyAuthentication(StaffPrincipal staff, @Nullable Object details) {
        super(staff.getAuthorities());
        this.staff = staff;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return staff;
    }
}
