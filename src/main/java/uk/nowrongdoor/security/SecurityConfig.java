package uk.nowrongdoor.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
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
        "/robots.txt",
        // passkey sign-in only: the assertion options and the assertion itself (registration needs staff)
        "/webauthn/authenticate/options",
        "/login/webauthn"
    };

    /** Adding or removing a passkey: a signed-in member of staff only. */
    static final String[] PASSKEY_REGISTRATION_PATHS = {"/webauthn/register", "/webauthn/register/**"};

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
            SessionRegistry sessionRegistry,
            ObjectProvider<PasskeyPolicy> passkeyPolicy)
            throws Exception {
        var publicPaths = new OrRequestMatcher(java.util.Arrays.stream(PUBLIC_PATHS)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        http.securityMatcher(new AndRequestMatcher(
                new ControllerEndpointMatcher(controllers), new NegatedRequestMatcher(publicPaths)));
        http.authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(STAFF_ROLES));
        http.exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        http.addFilterAfter(new PasskeyEnrolmentFilter(passkeyPolicy), AuthorizationFilter.class);
        commonHeadersAndSessions(http, sessionRegistry);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinViews(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            WebAuthnProperties webAuthn,
            WebAuthnRelyingPartyOperations relyingParty,
            UserDetailsService accounts,
            AuthenticationEventPublisher events,
            SecurityContextHolderStrategy contextStrategy)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS)
                .permitAll()
                .requestMatchers(PASSKEY_REGISTRATION_PATHS)
                .hasAnyRole(STAFF_ROLES));
        http.addFilterBefore(new SignInCsrfFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                passkeySignIn(relyingParty, accounts, events, contextStrategy, sessionRegistry),
                BasicAuthenticationFilter.class);
        // Spring's WebAuthn filters: registration options and registration (staff), assertion options (public).
        // No default pages: the sign-in page and the passkeys screen are this app's own.
        http.webAuthn(passkeys -> passkeys.rpId(webAuthn.rpId())
                .rpName(webAuthn.rpName())
                .allowedOrigins(webAuthn.allowedOrigins())
                .disableDefaultRegistrationPage(true));
        commonHeadersAndSessions(http, sessionRegistry);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // Views decide for themselves through their access annotations, so that an unknown
                        // address reaches the public "page not found" rather than the staff sign-in.
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    /**
     * The passkey sign-in ({@code POST /login/webauthn}). Spring's configurer adds its own filter for the same
     * address, whose principal would be a bare WebAuthn user entity; this one comes first in the chain and answers
     * every such request, so a passkey sign-in gives the same {@link StaffPrincipal} as a password, is audited through
     * the same events, changes the session id and is known to "sign out everywhere".
     */
    private static WebAuthnAuthenticationFilter passkeySignIn(
            WebAuthnRelyingPartyOperations relyingParty,
            UserDetailsService accounts,
            AuthenticationEventPublisher events,
            SecurityContextHolderStrategy contextStrategy,
            SessionRegistry sessionRegistry) {
        var manager = new ProviderManager(new PasskeyAuthenticationProvider(relyingParty, accounts));
        manager.setAuthenticationEventPublisher(events);
        var filter = new WebAuthnAuthenticationFilter();
        filter.setAuthenticationManager(manager);
        filter.setSecurityContextHolderStrategy(contextStrategy);
        filter.setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(),
                new RegisterSessionAuthenticationStrategy(sessionRegistry))));
        return filter;
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

    /**
     * Password sign-in, as Spring Boot would set it up, plus one check after a correct password: someone who must sign
     * in with their passkey ({@link PasskeyPolicy#mustUsePasskey}) is refused.
     */
    @Bean
    DaoAuthenticationProvider passwordSignIn(
            UserDetailsService accounts, PasswordEncoder encoder, ObjectProvider<PasskeyPolicy> passkeyPolicy) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var statusChecks = new AccountStatusUserDetailsChecker();
        provider.setPostAuthenticationChecks(user -> {
            statusChecks.check(user);
            PasskeyPolicy policy = passkeyPolicy.getIfAvailable();
            if (policy != null && user instanceof StaffPrincipal staff && policy.mustUsePasskey(staff)) {
                throw new PasskeyRequiredException();
            }
        });
        return provider;
    }

    /** Spring's sign-in events, with the passkey refusal audited like a disabled account. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(
                Map.of(PasskeyRequiredException.class, AuthenticationFailureDisabledEvent.class));
        return events;
    }

    /** The one relying party shared by Spring's WebAuthn filters and {@link PasskeyAuthenticationProvider}. */
    @Bean
    WebAuthnRelyingPartyOperations webAuthnRelyingParty(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            WebAuthnProperties webAuthn) {
        return new Webauthn4JRelyingPartyOperations(
                userEntities,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(webAuthn.rpId())
                        .name(webAuthn.rpName())
                        .build(),
                webAuthn.allowedOrigins());
    }
}
