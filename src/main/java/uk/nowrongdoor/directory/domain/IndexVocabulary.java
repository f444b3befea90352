package uk.nowrongdoor.directory.domain;

import java.util.Map;
import java.util.Set;

/**
 * What the index knows of some words. {@code known}: those of the words that some listing uses, in any text field
 * (stemmed as the index stems them). {@code nameWords}: every whole word used in names, organisations, categories and
 * places, with how many listings use it; empty when every word was known. A "did you mean" suggests only these.
 */
public record IndexVocabulary(Set<String> known, Map<String, Integer> nameWords) {

    public IndexVocabulary {
        known = Set.copyOf(known);
        nameWords = Map.copyOf(nameWords);
    }
}
