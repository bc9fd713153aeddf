package uk.sexualsafety.cop.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search settings an operator sets, under {@code portal.search}. Any other Hibernate Search setting can be
 * given as {@code spring.jpa.properties.hibernate.search.*}, which wins over these.
 *
 * @param engine                  {@code lucene} (the default: a local index on each node) or {@code opensearch} (a
 *                                shared cluster); see {@link uk.sexualsafety.cop.search.engine.SearchEngine}
 * @param indexDirectory          where the Lucene indexes live; derived data, rebuilt from the database at will
 * @param synchronizationStrategy when a committed change is visible to searches ({@code write-sync} by default;
 *                                tests use {@code sync})
 * @param coordinationStrategy    {@code outbox-polling} to let several portal nodes share a distributed search
 *                                engine; with OpenSearch that is the default, {@code none} turns it off
 * @param opensearch              the cluster, when the engine is OpenSearch
 */
@ConfigurationProperties("portal.search")
record SearchProperties(String engine, @DefaultValue("data/index") String indexDirectory,
                        String synchronizationStrategy, String coordinationStrategy,
                        @DefaultValue OpenSearch opensearch) {

    @ConstructorBinding
    SearchProperties {
    }

    SearchProperties(String indexDirectory, String synchronizationStrategy, String coordinationStrategy) {
        this(null, indexDirectory, synchronizationStrategy, coordinationStrategy,
                new OpenSearch(null, null, null, null, null));
    }

    /**
     * @param uris        comma-separated addresses of the cluster's nodes, such as {@code https://search.internal:9200}
     * @param username    the portal's user on the cluster
     * @param password    its password
     * @param indexPrefix begins the name of every index, so that installations can share a cluster ({@code portal})
     * @param certificateAuthority a PEM file of the authorities whose certificates the portal accepts from the
     *                             cluster over https; Java's trust store when not set
     */
    record OpenSearch(String uris, String username, String password, @DefaultValue("portal") String indexPrefix,
                      String certificateAuthority) {
    }
}
