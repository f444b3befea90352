package uk.nowrongdoor.feedback.domain;

public enum Disability {
    YES("Yes"),
    NO("No"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Disability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
