package uk.nowrongdoor.feedback.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a complaint ended (or that it has not yet): the union of the partners' vocabularies the report uses. */
public enum Outcome {
    UPHELD("Upheld"),
    PARTIALLY_UPHELD("Partially upheld"),
    NOT_UPHELD("Not upheld"),
    WITHDRAWN("Withdrawn / abandoned / transferred", "withdrawn", "withdrawn/abandoned/transferred"),
    RESOLVED_INFORMALLY("Resolved informally"),
    ONGOING("Ongoing / suspended", "ongoing", "on-going/suspended", "on-going", "ongoing/suspended"),
    ON_HOLD("On hold");

    private final String label;
    private final String[] otherNames;

    Outcome(String label, String... otherNames) {
        this.label = label;
        this.otherNames = otherNames;
    }

    public String label() {
        return label;
    }

    /** An outcome that ends the complaint (the others leave it open). */
    public boolean isFinal() {
        return this != ONGOING && this != ON_HOLD;
    }

    public static Optional<Outcome> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.UK);
        return Arrays.stream(values())
                .filter(o -> o.label.toLowerCase(Locale.UK).equals(wanted)
                        || o.name().equalsIgnoreCase(wanted.replace(' ', '_'))
                        || Arrays.asList(o.otherNames).contains(wanted))
                .findFirst();
    }
}
