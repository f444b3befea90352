package uk.nowrongdoor.accounts.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.accounts.domain.SecurityEvent;
import uk.nowrongdoor.accounts.domain.SecurityEventKind;
import uk.nowrongdoor.accounts.domain.SecurityEventRepository;
import uk.nowrongdoor.accounts.domain.StaffAccount;
import uk.nowrongdoor.accounts.domain.StaffAccountRepository;
import uk.nowrongdoor.security.PasskeyAuthentication;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Records every sign-in and failure, slows down and then locks an account after failures in a row. The name typed is
 * recorded only when it is an account's address (a password typed into the wrong box must not end up in the audit).
 */
@Service
class SignInAudit {

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

    private final StaffAccountRepository accounts;
    private final SecurityEventRepository events;
    private final AccountProperties properties;
    private final AddressHash addressHash;
    private final Clock clock;

    SignInAudit(
            StaffAccountRepository accounts,
            SecurityEventRepository events,
            AccountProperties properties,
            AddressHash addressHash,
            Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.properties = properties;
        this.addressHash = addressHash;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff)) {
            return;
        }
        Instant now = clock.instant();
        accounts.findById(staff.accountId()).ifPresent(account -> account.recordSignIn(now));
        String how = event.getAuthentication() instanceof PasskeyAuthentication ? "With a passkey" : null;
        events.save(new SecurityEvent(
                now, SecurityEventKind.SIGN_IN, staff.email(), null, address(event.getAuthentication()), how));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        Authentication attempt = event.getAuthentication();
        if (attempt instanceof WebAuthnAuthenticationRequestToken) {
            // a passkey names no account until it is checked; nothing to count towards a lockout
            events.save(new SecurityEvent(
                    now,
                    SecurityEventKind.SIGN_IN_FAILED,
                    null,
                    null,
                    addressHash.of(requestAddress()),
                    "Passkey: " + event.getException().getClass().getSimpleName()));
            return;
        }
        @Nullable
        StaffAccount account = accounts.findByEmail(StaffAccount.normaliseEmail(attempt.getName()))
                .orElse(null);
        String reason = event.getException().getClass().getSimpleName();
        if (account == null) {
            events.save(new SecurityEvent(
                    now, SecurityEventKind.SIGN_IN_FAILED, null, null, address(attempt), "No such account"));
            return;
        }
        events.save(new SecurityEvent(
                now, SecurityEventKind.SIGN_IN_FAILED, account.getEmail(), null, address(attempt), reason));
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            return; // a locked or disabled account: a try while locked does not extend the lock
        }
        int failures = account.recordFailure();
        if (failures >= properties.lockAfter()) {
            account.lockUntil(now.plus(properties.lockFor()));
            events.save(new SecurityEvent(
                    now,
                    SecurityEventKind.LOCKED_OUT,
                    account.getEmail(),
                    null,
                    address(attempt),
                    failures + " failed sign-ins in a row; locked for " + properties.lockFor()));
        } else if (failures >= properties.slowDownAfter()) {
            account.lockUntil(now.plus(FIRST_PAUSE.multipliedBy(1L << (failures - properties.slowDownAfter()))));
        }
    }

    private static @Nullable String requestAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? addressHash.of(details.getRemoteAddress())
                : null;
    }
}
