package uk.nowrongdoor.security;

import org.springframework.security.authentication.AccountStatusException;

/** A correct password from someone who must sign in with their passkey (see {@link PasskeyPolicy}). */
public final class PasskeyRequiredException extends AccountStatusException {

    private static final long serialVersionUID = 1L;

    PasskeyRequiredException() {
        super("A passkey is required for this account");
    }
}
