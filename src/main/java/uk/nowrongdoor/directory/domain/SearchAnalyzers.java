package uk.nowrongdoor.directory.domain;

/** Names of the analyzers and normalizers that the search index defines; see ListingAnalysisConfigurer. */
public final class SearchAnalyzers {

    /** Indexing: standard tokenizer, lower case, ASCII folding, English stemming. */
    public static final String ENGLISH = "english";

    /** Searching: as {@link #ENGLISH}, plus the synonyms file. */
    public static final String ENGLISH_SEARCH = "english_search";

    /** Typo-tolerant matching: words as typed (lower case, ASCII folded), not stemmed, since fuzzy terms are not. */
    public static final String PLAIN = "plain";

    /** Sorting: the whole value, lower case, ASCII folded. */
    public static final String SORT = "sort";

    private SearchAnalyzers() {}
}
