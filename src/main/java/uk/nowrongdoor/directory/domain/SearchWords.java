package uk.nowrongdoor.directory.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the words of a search ask the index for. A listing is found when it matches any part, and ranks higher the
 * more parts it matches: the person's words, the extra words and categories that the concepts in their words
 * brought (each category with a weight: 1 for the first help a concept names, less for the next), and, when they
 * named a risk to their life, the crisis category above everything else.
 */
public record SearchWords(
        List<String> words, List<String> extraWords, Map<String, Float> categories, boolean crisisFirst) {

    public SearchWords {
        words = List.copyOf(words);
        extraWords = List.copyOf(extraWords);
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    }

    /** The words as typed, each one optional, with nothing added: for callers that do not read meaning into them. */
    public static SearchWords of(String text) {
        return new SearchWords(split(text), List.of(), Map.of(), false);
    }

    public static SearchWords none() {
        return new SearchWords(List.of(), List.of(), Map.of(), false);
    }

    /** Nothing to match: every listing that passes the filters is found, in name order. */
    public boolean isEmpty() {
        return words.isEmpty() && extraWords.isEmpty() && categories.isEmpty() && !crisisFirst;
    }

    /** Lower-case words, apostrophes dropped, anything else that is not a letter or digit a separator. */
    public static List<String> split(String text) {
        var words = new ArrayList<String>();
        for (String part : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}'’]+")) {
            String word = part.replace("'", "").replace("’", "");
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }
}
