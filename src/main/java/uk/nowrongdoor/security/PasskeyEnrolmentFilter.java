package uk.nowrongdoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Staff endpoints outside Vaadin (downloads and the like) refuse an admin or lead who must add a passkey first: they
 * are sent to the passkeys screen, as Vaadin's views do through {@code PasskeyEnrolmentGuard}.
 */
final class PasskeyEnrolmentFilter extends OncePerRequestFilter {

    private final ObjectProvider<PasskeyPolicy> policy;

    PasskeyEnrolmentFilter(ObjectProvider<PasskeyPolicy> policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PasskeyPolicy rules = policy.getIfAvailable();
        if (rules != null && CurrentUser.get().filter(rules::mustAddPasskey).isPresent()) {
            response.sendRedirect(request.getContextPath() + "/" + PasskeyPolicy.PASSKEYS_PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
