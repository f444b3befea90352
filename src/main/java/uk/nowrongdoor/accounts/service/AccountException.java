package uk.nowrongdoor.accounts.service;

import uk.nowrongdoor.base.domain.UserFacingException;

/** A refusal the person may read: a bad link, a weak password, an address already in use. */
public class AccountException extends UserFacingException {

    public AccountException(String message) {
        super(message);
    }
}
