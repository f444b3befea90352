package uk.nowrongdoor.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words of a search ask the index for. A listing is found when it matches any part, and ranks higher the
 * more parts it matches: the person's words, the extra words and categories that the concepts in their words
 * brought, and, when they named a risk to their life, the crisis category above everything else.
 */
public record SearchWords(List<String> words, List<String> extraWords, Set<String> categories, boolean crisisFirst) {

    public SearchWords {
        words = List.copyOf(words);
        extraWords = List.copyOf(extraWords);
        categories = Set.copyOf(categories);
    }

    /** The words as typed, each one optional, with nothing added: for callers that do not read meaning into them. */
    public static SearchWords of(String text) {
        return new SearchWords(split(text), List.of(), Set.of(), false);
    }

    public static SearchWords none() {
        return new SearchWords(List.of(), List.of(), Set.of(), false);
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
