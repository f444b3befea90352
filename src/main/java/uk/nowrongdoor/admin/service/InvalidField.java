package uk.nowrongdoor.admin.service;

import uk.nowrongdoor.base.domain.UserFacingException;

/** A refused value, with the field it belongs to so the screen shows the message next to that field. */
public class InvalidField extends UserFacingException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
