package uk.nowrongdoor.partner.domain;

/** Where a public edit suggestion stands; the organisation's partners or an admin set it. */
public enum SuggestionStatus {
    NEW("New"),
    IN_HAND("Being looked at"),
    DONE("Listing updated"),
    NO_CHANGE("No change needed");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
