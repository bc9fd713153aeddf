package uk.sexualsafety.cop.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search settings an operator sets, under {@code portal.search}. Any other Hibernate Search setting can be
 * given as {@code spring.jpa.properties.hibernate.search.*}, which wins over these.
 *
 * @param indexDirectory          where the Lucene indexes live; derived data, rebuilt from the database at will
 * @param synchronizationStrategy when a committed change is visible to searches ({@code write-sync} by default;
 *                                tests use {@code sync})
 * @param coordinationStrategy    {@code outbox-polling} to let several portal nodes share a distributed search
 *                                engine; none by default
 */
@ConfigurationProperties("portal.search")
record SearchProperties(@DefaultValue("data/index") String indexDirectory, String synchronizationStrategy,
                        String coordinationStrategy) {
}
