package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import uk.sexualsafety.cop.search.ContentType;

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
}
