package uk.nowrongdoor.testsupport;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Signed-in staff for service and UI tests, without a database account: a principal with roles and the ids of the
 * organisations it acts for. Account ids are made up and never collide with real ones.
 */
public final class Staff {

    private static long nextId = 1_000_000;

    private Staff() {}

    public static synchronized StaffPrincipal principal(String name, Set<String> roles, Set<Long> organisationIds) {
        return new StaffPrincipal(nextId++, name, name, "unused", roles, organisationIds, false, true, false);
    }

    /** A member of the given organisations with one role (a partner editor, or a lead for those organisations). */
    public static StaffPrincipal memberOf(String role, Long... organisationIds) {
        return principal(role.toLowerCase() + "-of-" + Set.of(organisationIds), Set.of(role), Set.of(organisationIds));
    }

    /** A lead or coordinator for the whole partnership. */
    public static synchronized StaffPrincipal partnershipWide(String role) {
        return new StaffPrincipal(
                nextId++, role.toLowerCase(), role, "unused", Set.of(role), Set.of(), true, true, false);
    }

    /** Puts the principal in the security context of this thread (for service tests); returns the authentication. */
    public static Authentication signIn(StaffPrincipal staff) {
        var auth = new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
