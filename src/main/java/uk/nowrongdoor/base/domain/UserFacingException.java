package uk.nowrongdoor.base.domain;

/** A failure whose message is safe and useful to show to the person using the app. */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }
}
