package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.util.Set;
import java.util.UUID;

/** Drafts for tests: {@code StoryTestData.anonymousStory().titled("...").draft()}. */
public final class StoryTestData {

    private String title = "A night shift I will not forget";
    private String body = "A colleague kept making comments about my body during a night shift.";
    private Set<ContentWarning> warnings = Set.of();
    private boolean linked;

    private StoryTestData() {
    }

    public static StoryTestData anonymousStory() {
        return new StoryTestData();
    }

    public static StoryTestData linkedStory() {
        StoryTestData data = new StoryTestData();
        data.linked = true;
        return data;
    }

    public StoryTestData titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public StoryTestData saying(String newBody) {
        this.body = newBody;
        return this;
    }

    public StoryTestData warning(ContentWarning... newWarnings) {
        this.warnings = Set.of(newWarnings);
        return this;
    }

    /** The same story as stored content, for tests that put it straight into the database. */
    public StoryContent content() {
        return new StoryContent(title, body, StoryRelation.EXPERIENCED, HarmStructure.COLLEAGUE_TO_COLLEAGUE, warnings,
                StoryReadership.MEMBERS_ONLY);
    }

    public StoryDraft draft() {
        return new StoryDraft(title, body, StoryRelation.EXPERIENCED, HarmStructure.COLLEAGUE_TO_COLLEAGUE, warnings,
                StoryReadership.MEMBERS_ONLY, linked);
    }

    /** A word no other test uses, to find exactly this test's story by search. */
    /**
     * A word no story holds yet, of letters only, so that the anonymiser finds nothing in it: the journeys that use it
     * are about stories, and their findings must be exactly the ones each journey plants.
     */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zx");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    /** A client address of its own, so that throttling in one test never touches another. */
    public static String uniqueClient() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);
    }
}
