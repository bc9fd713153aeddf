package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.time.LocalDate;
import java.util.List;

/** A published story as members read it; it never says who contributed it. */
public record PublishedStory(long id, String title, String body, StoryRelation relation, HarmStructure harmStructure,
                             List<ContentWarning> contentWarnings, LocalDate publishedOn) {

    public PublishedStory {
        contentWarnings = List.copyOf(contentWarnings);
    }

    public boolean hasContentWarnings() {
        return !contentWarnings.isEmpty();
    }
}
