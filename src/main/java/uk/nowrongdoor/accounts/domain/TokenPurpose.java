package uk.nowrongdoor.accounts.domain;

/** Why a set-password link was made. Each is single use and expires. */
public enum TokenPurpose {
    /** The first admin of a new install, from {@code nwd.bootstrap.admin-email}. */
    FIRST_ADMIN,
    /** An admin invited this person. */
    INVITATION,
    /** The person asked to reset a forgotten password. */
    RESET
}
