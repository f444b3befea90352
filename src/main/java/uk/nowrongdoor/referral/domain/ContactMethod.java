package uk.nowrongdoor.referral.domain;

public enum ContactMethod {
    PHONE("Phone call"),
    TEXT("Text message"),
    EMAIL("Email");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
