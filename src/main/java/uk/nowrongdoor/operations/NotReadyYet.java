package uk.nowrongdoor.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nowrongdoor.directory.service.DirectoryReadiness;

/**
 * Until the node is ready (first-start loading done, and with the scale profile the index caught up), the JSON API
 * answers 503 with {@code Retry-After} instead of "no services found": a client or a node reached without a load
 * balancer's readiness check must not take an empty answer for the truth. The search pages ask the same
 * {@link DirectoryReadiness} and say "still loading" themselves, with the crisis numbers, which must show at every moment.
 */
@Configuration
class NotReadyYet {

    /** Every path of the JSON API (the Open Referral UK API lives under it). */
    static final String API_PATHS = "/api/*";

    @Bean
    FilterRegistrationBean<NotReadyFilter> notReadyFilter(DirectoryReadiness readiness) {
        var registration = new FilterRegistrationBean<>(new NotReadyFilter(readiness));
        registration.addUrlPatterns(API_PATHS);
        // before the API's rate limit and Spring Security: a refused request costs nothing
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class NotReadyFilter extends OncePerRequestFilter {

        private final DirectoryReadiness readiness;

        NotReadyFilter(DirectoryReadiness readiness) {
            this.readiness = readiness;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (readiness.ready()) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DirectoryReadiness.RETRY_AFTER_SECONDS));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"starting: the directory is still loading, try again shortly\"}");
        }
    }
}
