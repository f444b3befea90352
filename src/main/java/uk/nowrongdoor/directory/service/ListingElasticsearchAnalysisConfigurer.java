package uk.nowrongdoor.directory.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import uk.nowrongdoor.directory.domain.SearchAnalyzers;

/**
 * The same analysis as {@link ListingAnalysisConfigurer}, for the Elasticsearch backend (OpenSearch, the {@code scale}
 * profile): the same names, the same filters in the same order, and the same synonyms file, sent inline so that the
 * search cluster needs no file of ours. {@code ScaleSearchEqualityTest} checks that both give the same results.
 */
public class ListingElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "nwd_english_possessive";
    private static final String STEMMER = "nwd_english_snowball";
    private static final String SYNONYMS = "nwd_synonyms";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        // Lucene's SnowballPorterFilterFactory with language English: the Porter2 stemmer, not the "english" stemmer
        context.tokenFilter(STEMMER).type("snowball").param("language", "English");
        context.tokenFilter(SYNONYMS)
                .type("synonym_graph")
                .param("synonyms", synonymLines())
                .param("expand", true);

        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", STEMMER);
        context.analyzer(SearchAnalyzers.ENGLISH_SEARCH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", SYNONYMS, STEMMER);
        context.analyzer(SearchAnalyzers.PLAIN)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(SearchAnalyzers.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** The rules of the shared synonyms file, without its comments and blank lines. */
    static String[] synonymLines() {
        try (InputStream in = ListingElasticsearchAnalysisConfigurer.class
                .getClassLoader()
                .getResourceAsStream(ListingAnalysisConfigurer.SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + ListingAnalysisConfigurer.SYNONYMS + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
