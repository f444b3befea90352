package uk.nowrongdoor.intake.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.intake.domain.SafeNow;

/**
 * Looks for clear risk phrases in free text (the list and its reasons are in {@code intake/risk-phrases.txt}). It
 * errs towards showing the crisis card: a false alarm costs a moment, a miss could cost much more. It never decides
 * anything for staff; it only flags an item as urgent for a person to look at.
 */
@Component
public class RiskScreen {

    static final String PHRASES = "intake/risk-phrases.txt";

    private final List<String> phrases;

    RiskScreen() {
        try (var in = new ClassPathResource(PHRASES).getInputStream()) {
            phrases = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(RiskScreen::normalise)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> phrases() {
        return phrases;
    }

    /** True when any of the texts contains a risk phrase as whole words. */
    public boolean mentionsRisk(@Nullable String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String padded = " " + normalise(text) + " ";
            for (String phrase : phrases) {
                if (padded.contains(" " + phrase + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The answer "No" to "Are you safe right now?", or a risk phrase in any of the texts. */
    public boolean indicatesRisk(@Nullable SafeNow safeNow, @Nullable String... texts) {
        return safeNow == SafeNow.NO || mentionsRisk(texts);
    }

    /** Lower case, accents and curly quotes folded, punctuation to spaces, so "Can’t go on..." matches "cant go on". */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.UK), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['’‘`]", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
