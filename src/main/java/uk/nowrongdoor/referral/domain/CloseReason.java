package uk.nowrongdoor.referral.domain;

/** Why a referral was closed: the partnership's list. Never "rejected". */
public enum CloseReason {
    NO_CONTACT_AFTER_THREE_TRIES(
            "No contact after three tries", "The service tried to contact you three times but could not reach you."),
    PERSON_DECLINED("The person declined", "You told the service you did not want to go ahead."),
    DUPLICATE("Duplicate", "You sent the same request more than once; the service is dealing with the other one."),
    MOVED_AWAY("Moved away", "You have moved out of the area the service covers."),
    OTHER("Other", "The service has closed it.");

    private final String label;
    private final String forThePerson;

    CloseReason(String label, String forThePerson) {
        this.label = label;
        this.forThePerson = forThePerson;
    }

    public String label() {
        return label;
    }

    /** What the person's status page says: never the internal note. */
    public String forThePerson() {
        return forThePerson;
    }
}
