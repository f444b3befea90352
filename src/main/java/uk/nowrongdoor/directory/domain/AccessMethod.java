package uk.nowrongdoor.directory.domain;

/** How a person gets into a service. */
public enum AccessMethod {
    DROP_IN("Drop in"),
    SELF_REFERRAL("Refer yourself"),
    PROFESSIONAL_REFERRAL("Referral by a professional"),
    APPOINTMENT("By appointment");

    private final String label;

    AccessMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
