package uk.nowrongdoor.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, for services that check organisations as well as roles. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<StaffPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff);
        }
        return Optional.empty();
    }

    /** The signed-in member of staff; anyone else is refused. */
    public static StaffPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Staff sign-in required"));
    }

    /** Refuses unless the signed-in person is a member of the organisation (admins pass when allowed). */
    public static StaffPrincipal requireMemberOf(Long organisationId, boolean adminsToo) {
        StaffPrincipal staff = require();
        if (staff.actsFor(organisationId) || (adminsToo && staff.hasRole(AppRoles.ADMIN))) {
            return staff;
        }
        throw new AccessDeniedException("Not a member of this organisation");
    }
}
