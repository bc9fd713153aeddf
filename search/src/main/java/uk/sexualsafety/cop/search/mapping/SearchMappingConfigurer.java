package uk.sexualsafety.cop.search.mapping;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

import java.util.List;

/** Hands Hibernate Search the programmatic mapping of every content type. */
public final class SearchMappingConfigurer implements HibernateOrmSearchMappingConfigurer {

    private final List<ContentIndexMapping> mappings;

    public SearchMappingConfigurer(List<ContentIndexMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        mappings.forEach(mapping -> mapping.map(context.programmaticMapping()));
    }
}
