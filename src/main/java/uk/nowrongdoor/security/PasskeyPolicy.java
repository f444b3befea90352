package uk.nowrongdoor.security;

/**
 * The partnership's rule "Require a passkey for admins and complaints leads" (kept by the accounts feature): when on,
 * an admin or lead without a passkey must add one before any other staff screen works, and one with a passkey must
 * sign in with it (a password alone is refused).
 */
public interface PasskeyPolicy {

    /** The staff screen where people add, see and remove their passkeys. */
    String PASSKEYS_PATH = "staff/passkeys";

    /** True when this person must add a passkey before any other staff screen or staff endpoint works. */
    boolean mustAddPasskey(StaffPrincipal staff);

    /** True when this person must sign in with their passkey: a correct password alone is refused. */
    boolean mustUsePasskey(StaffPrincipal staff);
}
