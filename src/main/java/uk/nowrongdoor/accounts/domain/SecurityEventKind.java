package uk.nowrongdoor.accounts.domain;

/** What the sign-in audit records. */
public enum SecurityEventKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_OUT_EVERYWHERE,
    INVITED,
    FIRST_ADMIN_LINK,
    RESET_REQUESTED,
    PASSWORD_SET,
    ACCESS_CHANGED,
    DISABLED,
    ENABLED,
    UNLOCKED,
    PASSKEY_ADDED,
    PASSKEY_REMOVED,
    SETTING_CHANGED
}
