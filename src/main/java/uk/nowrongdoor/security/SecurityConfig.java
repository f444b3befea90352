package uk.nowrongdoor.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import uk.nowrongdoor.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Paths served outside Vaadin that the public must reach without signing in. */
    static final String[] PUBLIC_PATHS = {
        "/exit",
        "/js/**",
        "/icons/**",
        "/offline.html",
        "/manifest.webmanifest",
        "/nwd-sw.js",
        "/api/**",
        "/actuator/health/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        // Views are guarded by their access annotations and services by @RolesAllowed; at the
                        // request level an unknown address must reach the public "page not found", not staff sign-in.
                        .anyRequest(any -> any.permitAll()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Staff accounts. Until the user-management issue lands, the only accounts are the development ones, switched
     * on by {@code nwd.dev-accounts=true} (the {@code dev} profile that {@code spring-boot:run} uses).
     */
    @Bean
    UserDetailsService userDetailsService(
            PasswordEncoder encoder, @Value("${nwd.dev-accounts:false}") boolean devAccounts) {
        if (!devAccounts) {
            return new InMemoryUserDetailsManager();
        }
        List<UserDetails> users = List.of(
                user(encoder, "admin", AppRoles.ADMIN),
                user(encoder, "partner", AppRoles.PARTNER),
                user(encoder, "lead", AppRoles.COMPLAINTS_LEAD));
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(PasswordEncoder encoder, String name, String role) {
        return User.withUsername(name)
                .password(encoder.encode(name))
                .roles(role)
                .build();
    }
}
