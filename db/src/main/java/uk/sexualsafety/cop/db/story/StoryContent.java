package uk.sexualsafety.cop.db.story;

import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.util.Objects;
import java.util.Set;

/** What a contributor writes and chooses; validated by the service before it reaches a story. */
public record StoryContent(String title, String body, StoryRelation relation, HarmStructure harmStructure,
                           Set<ContentWarning> contentWarnings, StoryReadership readership) {

    public StoryContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(harmStructure, "harmStructure");
        Objects.requireNonNull(readership, "readership");
        contentWarnings = Set.copyOf(contentWarnings);
    }
}
