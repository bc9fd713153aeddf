package uk.sexualsafety.cop.search.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which engine holds the index and answers searches, chosen once at start-up by {@code portal.search.engine}. Nothing
 * outside the search module knows which one runs (decision 037).
 */
public enum SearchEngine {

    /** A Lucene index in a local folder of each node, searched through its readers (decision 022); the default. */
    LUCENE,

    /** A shared OpenSearch 2.x or 3.x cluster, through Hibernate Search's Elasticsearch backend. */
    OPENSEARCH;

    public static final String SETTING = "portal.search.engine";

    /** The engine a setting names, in any case; no setting means Lucene. */
    public static SearchEngine of(String setting) {
        if (setting == null || setting.isBlank()) {
            return LUCENE;
        }
        return Arrays.stream(values()).filter(engine -> engine.setting().equalsIgnoreCase(setting.strip()))
                .findFirst()
                .orElseThrow(() -> new SearchEngineStartupException(
                        SETTING + " is \"" + setting.strip() + "\", which is not a search engine the portal knows.",
                        "Set " + SETTING + " to one of: " + Arrays.stream(values()).map(SearchEngine::setting)
                                .collect(Collectors.joining(", ")) + " (lucene when it is not set)."));
    }

    /** The value of {@link #SETTING} that chooses this engine. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
