package uk.nowrongdoor.operations;

import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Index names on the search cluster, as Hibernate Search's default ({@code listing-000001} behind the aliases
 * {@code listing-read} and {@code listing-write}) with {@code nwd.search.index-prefix} in front, so several
 * deployments (or test contexts) can share one OpenSearch cluster. Handed to Hibernate Search by SearchIndexLayout.
 */
class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("-\\d{6}$");

    private final String prefix;

    PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return GENERATION.matcher(elasticsearchIndexName).replaceFirst("");
    }
}
