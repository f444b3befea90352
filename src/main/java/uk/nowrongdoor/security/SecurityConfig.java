package uk.nowrongdoor.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.nowrongdoor.security.ui.LoginView;

/**
 * Deny by default. Vaadin views are guarded by their access annotations (a view without one is refused by Vaadin),
 * services by {@code @RolesAllowed} and organisation checks. At the request level, every controller endpoint needs a
 * signed-in member of staff unless its path is in {@link #PUBLIC_PATHS}; an address that is neither a controller nor
 * a view reaches the public "page not found", not the staff sign-in.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Paths served outside Vaadin views that the public must reach without signing in. */
    static final String[] PUBLIC_PATHS = {
        "/exit",
        "/js/**",
        "/icons/**",
        "/offline.html",
        "/manifest.webmanifest",
        "/nwd-sw.js",
        "/api/openreferral",
        "/api/openreferral/**",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        // the server-rendered basic pages and what search engines read (issue 14); their own chain, basicPages
        "/basic",
        "/basic/**",
        "/sitemap.xml",
        "/robots.txt"
    };

    static final String FORM_REFUSED = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Please send the form again | No Wrong Door</title></head><body><main>"
            + "<h1>Please send the form again</h1><p>The form was open for too long, or it came from another site, "
            + "so nothing was sent. Go back, reload the page and send it again.</p>"
            + "<p><a href=\"/basic/help\">Need help now?</a></p><p><a href=\"/basic/search\">Search the directory</a>"
            + "</p></main></body></html>";

    /** Served by {@link #basicPages}: public, no session, no cookie. */
    static final String[] BASIC_PATHS = {"/basic", "/basic/**", "/sitemap.xml", "/robots.txt"};

    static final String[] STAFF_ROLES = {
        AppRoles.ADMIN, AppRoles.PARTNER, AppRoles.COMPLAINTS_LEAD, AppRoles.COORDINATOR
    };

    /**
     * Vaadin's own code needs inline scripts and styles and {@code eval}; nothing may come from another host, nothing
     * may frame the site, and forms post only to it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "worker-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** The basic pages run no script but the quick-exit one from this site, and none inline. */
    static final String BASIC_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "manifest-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * Geolocation is asked for only by "Use my location" on the search page, which a visitor may reach by in-app
     * navigation from any page (a single-page app keeps the first page's policy), so it is allowed for this site only.
     */
    static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), "
            + "interest-cohort=(), publickey-credentials-get=(self)";

    /**
     * The basic pages (issue 14) for slow connections, browsers without JavaScript and search engines: open to all,
     * stateless (no session is made or read, so no cookie is set; a member of staff is anonymous here too), and their
     * one form (suggest an edit) is protected by signed tokens that need no session ({@link SignedCsrfTokenRepository}).
     */
    @Bean
    @Order(0)
    SecurityFilterChain basicPages(
            HttpSecurity http, java.time.Clock clock, @Value("${nwd.basic.form-secret:}") String formSecret)
            throws Exception {
        http.securityMatcher(BASIC_PATHS);
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(
                context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.requestCache(cache -> cache.disable());
        http.csrf(csrf -> csrf.csrfTokenRepository(new SignedCsrfTokenRepository(formSecret, clock))
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()));
        // a refused form (expired, or sent from another site) gets a calm page, not the error page of the Vaadin chain
        http.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
            response.setStatus(403);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(FORM_REFUSED);
        }));
        headers(http, BASIC_CONTENT_SECURITY_POLICY);
        return http.build();
    }

    /**
     * Controller endpoints that are not public (see {@link ControllerEndpointMatcher}) get their own chain, ahead of
     * Vaadin's: a signed-in member of staff or nothing. Vaadin's chain would let an unknown path through to its
     * public "page not found", which is right for pages and wrong for a controller nobody declared public.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staffControllers(
            HttpSecurity http,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers,
            SessionRegistry sessionRegistry)
            throws Exception {
        var publicPaths = new OrRequestMatcher(java.util.Arrays.stream(PUBLIC_PATHS)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        http.securityMatcher(new AndRequestMatcher(
                new ControllerEndpointMatcher(controllers), new NegatedRequestMatcher(publicPaths)));
        http.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(STAFF_ROLES));
        http.exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        commonHeadersAndSessions(http, sessionRegistry);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinViews(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        http.addFilterBefore(new SignInCsrfFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        commonHeadersAndSessions(http, sessionRegistry);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // Views decide for themselves through their access annotations, so that an unknown
                        // address reaches the public "page not found" rather than the staff sign-in.
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    private static void commonHeadersAndSessions(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        headers(http, CONTENT_SECURITY_POLICY);
        // every session is known, so an admin (or the person) can sign out everywhere; the id changes at sign-in
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry));
    }

    private static void headers(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .permissionsPolicyHeader(pp -> pp.policy(PERMISSIONS_POLICY))
                // sent on HTTPS requests only (behind a proxy, set server.forward-headers-strategy=native)
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
