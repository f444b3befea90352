package uk.nowrongdoor.partner.domain;

/** What a revision asks for. New listings and withdrawals always wait for an admin, even from trusted organisations. */
public enum RevisionKind {
    CHANGE("Change"),
    NEW_LISTING("New listing"),
    WITHDRAWAL("Withdraw this listing");

    private final String label;

    RevisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
