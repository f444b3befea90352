package uk.nowrongdoor.partner.domain;

/** Why a member of the public suggests an edit. */
public enum SuggestionReason {
    OUT_OF_DATE("Something is out of date"),
    WRONG_CONTACT("The phone number, email or website is wrong"),
    CLOSED("The service has closed"),
    OTHER("Something else");

    private final String label;

    SuggestionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
