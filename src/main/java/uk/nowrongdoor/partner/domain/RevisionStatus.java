package uk.nowrongdoor.partner.domain;

/** Where a revision stands. A trusted organisation's revision is published at once. */
public enum RevisionStatus {
    PENDING("Waiting for an admin"),
    APPROVED("Approved and published"),
    REJECTED("Not approved"),
    PUBLISHED_TRUSTED("Published at once (trusted organisation)");

    private final String label;

    RevisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
