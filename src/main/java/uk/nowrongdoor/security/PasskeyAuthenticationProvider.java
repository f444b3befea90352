package uk.nowrongdoor.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a passkey assertion with Spring Security's relying party (webauthn4j), then loads the account like a password
 * sign-in does, so the result carries the same {@link StaffPrincipal} (roles, organisations) and a disabled or locked
 * account is refused. Spring's own provider would make the principal a bare WebAuthn user entity.
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final UserDetailsService accounts;
    private final AccountStatusUserDetailsChecker statusChecks = new AccountStatusUserDetailsChecker();

    PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var request = (WebAuthnAuthenticationRequestToken) authentication;
        PublicKeyCredentialUserEntity user;
        try {
            user = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException ex) {
            throw new BadCredentialsException("Passkey not accepted", ex);
        }
        UserDetails details;
        try {
            details = accounts.loadUserByUsername(user.getName());
        } catch (UsernameNotFoundException ex) {
            throw new BadCredentialsException("Passkey of no account", ex);
        }
        if (!(details instanceof StaffPrincipal staff)) {
            throw new BadCredentialsException("Passkey of no staff account");
        }
        statusChecks.check(staff); // disabled, locked (lockout) or never activated: refused
        staff.eraseCredentials();
        return new PasskeyAuthentication(staff, requestDetails());
    }

    private static Object requestDetails() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return new WebAuthenticationDetails(attributes.getRequest());
        }
        return "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
