package uk.nowrongdoor.feedback.domain;

/** Blank (null) means the question was skipped; {@link #PREFER_NOT_TO_SAY} is an answer and is counted apart. */
public enum Gender {
    WOMAN("Woman"),
    MAN("Man"),
    NON_BINARY("Non-binary"),
    ANOTHER_WAY("I describe myself another way"),
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
