package uk.sexualsafety.cop.search.engine;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Hibernate Search's usual layout (an index per type, reached through a read and a write alias) with the portal's
 * names prefixed, so that one cluster can hold the indexes of several installations (and tests) side by side.
 */
public final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,40}");
    private static final String FIRST_GENERATION = "-000001";

    private final String prefix;

    public PrefixedIndexLayout(String prefix) {
        if (prefix == null || !VALID_PREFIX.matcher(prefix).matches()) {
            throw new SearchEngineStartupException("portal.search.opensearch.index-prefix is \"" + prefix
                    + "\", which cannot begin an index name.", "Use lower-case letters, digits, - and _ only, "
                    + "starting with a letter or digit (at most 41 characters).");
        }
        this.prefix = prefix + "-";
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + FIRST_GENERATION;
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
        return hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Objects.requireNonNull(elasticsearchIndexName);
        if (!elasticsearchIndexName.startsWith(prefix)) {
            return null;
        }
        String rest = elasticsearchIndexName.substring(prefix.length());
        int generation = rest.lastIndexOf('-');
        return generation < 0 ? rest : rest.substring(0, generation);
    }
}
