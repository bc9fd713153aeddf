package uk.sexualsafety.cop.search.resource;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.mapping.CommonContentMapping;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

/** Indexes the community's resources: every row is published, its audience decides who finds it. */
@Component
public class ResourceIndexMapping implements ContentIndexMapping {

    public static final String INDEX = "resource";

    /** The {@code ResourceKind} name: keyword, aggregable. Only resources have it. */
    public static final String KIND = "kind";

    @Override
    public ContentType type() {
        return ContentType.RESOURCE;
    }

    @Override
    public Class<?> entityType() {
        return Resource.class;
    }

    @Override
    public void map(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep resource = mapping.type(Resource.class);
        resource.indexed().index(INDEX);
        CommonContentMapping.alwaysPublished(resource, ContentType.RESOURCE);
        CommonContentMapping.title(resource.property("title"));
        CommonContentMapping.summary(resource.property("summary"));
        CommonContentMapping.audience(resource.property("audience"));
        CommonContentMapping.date(resource.property("publishedOn"));
        CommonContentMapping.themes(resource.property("themes"));
        resource.property("kind").keywordField(KIND)
                .aggregable(Aggregable.YES)
                .projectable(Projectable.NO);
    }
}
