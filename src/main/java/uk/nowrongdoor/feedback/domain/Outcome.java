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
        String wanted = normal(text);
        return Arrays.stream(values())
                .filter(o -> normal(o.label).equals(wanted)
                        || o.name().equalsIgnoreCase(text.strip())
                        || Arrays.stream(o.otherNames).map(n -> normal(n)).anyMatch(wanted::equals))
                .findFirst();
    }

    /** Case, spaces around slashes and repeated spaces do not matter ("Withdrawn/ abandoned /transferred"). */
    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.UK).replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ");
    }
}
