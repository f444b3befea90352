package uk.nowrongdoor.intake.domain;

/** The answer to "Are you safe right now?". Only {@link #NO} indicates risk by itself. */
public enum SafeNow {
    YES("Yes, I am safe right now"),
    NO("No, I do not feel safe right now"),
    RATHER_NOT_SAY("I would rather not say");

    private final String label;

    SafeNow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
