package uk.nowrongdoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin leaves its sign-in form out of CSRF protection; the sign-in page carries the token (Vaadin's login form
 * sends it from the page's {@code _csrf} meta tags), so this puts the check back for the sign-in POST only. A request
 * without the right token goes back to the sign-in page with the usual error and is never authenticated.
 */
final class SignInCsrfFilter extends OncePerRequestFilter {

    private final RequestMatcher signIn;
    private final HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();

    SignInCsrfFilter(String loginPath) {
        this.signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signIn.matches(request) && !validToken(request, response)) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean validToken(HttpServletRequest request, HttpServletResponse response) {
        DeferredCsrfToken deferred = tokens.loadDeferredToken(request, response);
        if (deferred.isGenerated()) {
            return false; // no page was ever served to this session
        }
        CsrfToken expected = deferred.get();
        String actual = handler.resolveCsrfTokenValue(request, expected);
        return actual != null
                && MessageDigest.isEqual(
                        expected.getToken().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
