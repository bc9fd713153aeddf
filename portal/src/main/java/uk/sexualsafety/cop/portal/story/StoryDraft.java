package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.util.Set;

/**
 * What the contributor's form holds. Fields may be missing or wrong: {@link StoryService} checks them and says
 * what to fix, field by field.
 *
 * @param linkToAccount whether a signed-in contributor links the story to their account instead of staying anonymous
 */
public record StoryDraft(String title, String body, StoryRelation relation, HarmStructure harmStructure,
                         Set<ContentWarning> contentWarnings, StoryReadership readership, boolean linkToAccount) {

    /** Field names, as problems and the review page's texts are keyed. */
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String RELATION = "relation";
    public static final String HARM_STRUCTURE = "harmStructure";
    public static final String READERSHIP = "readership";
    /** The longest title; the body's limit is in words, {@link StoryProperties#maxWords()}. */
    public static final int MAX_TITLE = 150;

    public StoryDraft {
        contentWarnings = contentWarnings == null ? Set.of() : Set.copyOf(contentWarnings);
    }

    public StoryDraft withText(String newTitle, String newBody) {
        return new StoryDraft(newTitle, newBody, relation, harmStructure, contentWarnings, readership, linkToAccount);
    }
}
