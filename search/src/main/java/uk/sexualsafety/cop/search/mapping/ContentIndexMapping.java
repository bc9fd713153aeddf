package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import uk.sexualsafety.cop.search.ContentType;

import java.util.Optional;

/**
 * How one content type is indexed. Each feature package contributes one as a Spring bean; the search module maps
 * them all and searches all their indexes. The entities themselves carry no search annotations.
 */
public interface ContentIndexMapping {

    ContentType type();

    /** The indexed JPA entity. */
    Class<?> entityType();

    /** Maps the entity: the {@link ContentFields} through {@link CommonContentMapping}, then its own fields. */
    void map(ProgrammaticMappingConfigurationContext mapping);

    /**
     * A JPQL query for the items whose documents show the organisation {@code :organisation} (its name, kind or
     * region), where this type names organisations to readers. Nothing leads back from an organisation to them, so
     * the index learns of the organisation's own changes only through this.
     */
    default Optional<String> itemsNamingOrganisation() {
        return Optional.empty();
    }
}
