package uk.nowrongdoor.geo.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A UK postcode as a person typed it: either a full postcode ("CV1 2AB") or only its outward code, the postcode
 * district ("CV34"). Spaces and case do not matter.
 */
public record Postcode(String outward, @Nullable String inward) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern FULL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");

    /** The postcode in {@code text}, or empty when it is not shaped like a UK postcode or outward code. */
    public static Optional<Postcode> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        var full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(new Postcode(full.group(1), full.group(2)));
        }
        return OUTWARD.matcher(compact).matches() ? Optional.of(new Postcode(compact, null)) : Optional.empty();
    }

    public boolean isFull() {
        return inward != null;
    }

    /** "CV1 2AB", or the outward code alone. */
    public String formatted() {
        return inward == null ? outward : outward + " " + inward;
    }

    /** The postcode area, the letters before the first digit ("CV" of "CV34"). */
    public String area() {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }
}
