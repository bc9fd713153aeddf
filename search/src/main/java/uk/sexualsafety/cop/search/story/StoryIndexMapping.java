package uk.sexualsafety.cop.search.story;

import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.search.ContentType;
import uk.sexualsafety.cop.search.mapping.CommonContentMapping;
import uk.sexualsafety.cop.search.mapping.ContentIndexMapping;

/**
 * Indexes lived-experience stories, only while published: a story being moderated, rejected, taken down or withdrawn
 * has no document at all, so its text is neither found nor on disk in the index (decision 026). Stories are for
 * members only.
 */
@Component
public class StoryIndexMapping implements ContentIndexMapping {

    public static final String INDEX = "story";

    @Override
    public ContentType type() {
        return ContentType.STORY;
    }

    @Override
    public Class<?> entityType() {
        return Story.class;
    }

    @Override
    public void map(ProgrammaticMappingConfigurationContext mapping) {
        TypeMappingStep story = mapping.type(Story.class);
        CommonContentMapping.indexedWhilePublished(story, INDEX, ContentType.STORY, Story.class, "status",
                Story::isPublished);
        CommonContentMapping.title(story.property("title"));
        CommonContentMapping.body(story.property("body"));
        CommonContentMapping.audience(story.property("audience"));
        story.property("audience").indexingDependency().derivedFrom(PojoModelPath.parse("readership"));
        CommonContentMapping.date(story.property("publishedOn"));
        CommonContentMapping.contentWarnings(story.property("contentWarnings"));
        CommonContentMapping.harmStructure(story.property("harmStructure"));
    }
}
