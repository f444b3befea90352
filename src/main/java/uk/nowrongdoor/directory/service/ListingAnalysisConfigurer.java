package uk.nowrongdoor.directory.service;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import uk.nowrongdoor.directory.domain.SearchAnalyzers;

/**
 * English analysis for the listing index. Synonyms apply only when searching (from {@code search/synonyms.txt}), so
 * editing that file needs no re-index.
 */
public class ListingAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** The synonyms, one group per line, read by both backends (see ListingElasticsearchAnalysisConfigurer). */
    static final String SYNONYMS = "search/synonyms.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalyzers.ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "English");
        context.analyzer(SearchAnalyzers.ENGLISH_SEARCH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(SynonymGraphFilterFactory.class)
                .param("synonyms", SYNONYMS)
                .param("ignoreCase", "true")
                .param("expand", "true")
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "English");
        context.analyzer(SearchAnalyzers.PLAIN)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SearchAnalyzers.SORT)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
