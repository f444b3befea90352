package uk.nowrongdoor.intake.domain;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Cleans what a person typed before it is checked or stored. Markup is kept as the characters typed (Vaadin's text
 * components show it as text); control characters and invisible direction overrides are removed, because they can
 * hide or reorder what staff later read.
 */
public final class PlainText {

    private PlainText() {}

    /** Normalised, control characters removed, trimmed; blank becomes null. */
    public static @Nullable String clean(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        var out = new StringBuilder(text.length());
        text.codePoints().filter(PlainText::keep).forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Like {@link #clean} but never null. */
    public static String cleanOrEmpty(@Nullable String raw) {
        String cleaned = clean(raw);
        return cleaned == null ? "" : cleaned;
    }

    public static boolean isBlank(@Nullable String raw) {
        return clean(raw) == null;
    }

    private static boolean keep(int cp) {
        if (cp == '\n' || cp == '\t') {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED) {
            return false;
        }
        // bidirectional embeddings, overrides and isolates
        return !(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069) && cp != 0xFEFF;
    }
}
