package uk.nowrongdoor.directory.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean": each word the index does not know is replaced by the nearest word that a listing's name,
 * organisation, category or place uses, when one is close enough. The index's own words, never a dictionary's, so
 * a suggestion always finds something.
 */
final class DidYouMean {

    private DidYouMean() {}

    /**
     * The words again with the misspelt ones corrected, or null when nothing was corrected.
     *
     * @param tokens the words as typed (normalised), in order
     * @param check which words to check: filler, places and concepts already mean something
     */
    static @Nullable String suggest(
            List<String> tokens, Predicate<String> check, Set<String> known, Map<String, Integer> nameWords) {
        boolean changed = false;
        var out = new StringBuilder();
        for (String token : tokens) {
            String word = token;
            if (check.test(token) && !known.contains(token)) {
                String better = nearest(token, nameWords);
                if (better != null) {
                    word = better;
                    changed = true;
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(word);
        }
        return changed ? out.toString() : null;
    }

    /** The closest word within one edit (five to seven letters) or two (eight or more); the commoner on a tie. */
    static @Nullable String nearest(String word, Map<String, Integer> candidates) {
        int allowed = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
        if (allowed == 0) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestCount = 0;
        for (var e : candidates.entrySet()) {
            String candidate = e.getKey();
            if (candidate.length() < 3 || Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int d = distance(word, candidate, allowed);
            if (d <= allowed
                    && (d < bestDistance
                            || (d == bestDistance && e.getValue() > bestCount)
                            || (d == bestDistance && e.getValue() == bestCount && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = d;
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one edit, as typos often are. */
    static int distance(String a, String b, int cap) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
