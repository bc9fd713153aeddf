package uk.sexualsafety.cop.portal.story;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.portal.validation.PlainText;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.util.Locale;

/** Checks what a contributor wrote and says, field by field, what to fix. */
@Component
class StoryValidation {

    private final StoryProperties properties;

    StoryValidation(StoryProperties properties) {
        this.properties = properties;
    }

    /** The draft as content to store, with stray control characters removed; or the problems, one per field. */
    StoryContent validate(StoryDraft draft) {
        String title = clean(draft.title());
        String body = clean(draft.body());
        var problems = new Problems();
        problems.requireText(StoryDraft.TITLE, title, StoryDraft.MAX_TITLE, "Give your story a short title");
        if (body.isBlank()) {
            problems.add(StoryDraft.BODY, "Write your story here before you go on. Spaces or invisible characters on "
                    + "their own cannot be submitted.");
        } else if (wordCount(body) > properties.maxWords()) {
            problems.add(StoryDraft.BODY, String.format(Locale.UK, "Your story has %,d words; the most we can take "
                    + "is %,d. Please shorten it.", wordCount(body), properties.maxWords()));
        } else if (body.length() > properties.maxWords() * 12) {
            problems.add(StoryDraft.BODY, "Your story is too long for us to take. Please shorten it.");
        }
        if (draft.relation() == null) {
            problems.add(StoryDraft.RELATION, "Choose how you relate to this story");
        }
        if (draft.harmStructure() == null) {
            problems.add(StoryDraft.HARM_STRUCTURE, "Choose who harmed whom");
        }
        if (draft.readership() == null) {
            problems.add(StoryDraft.READERSHIP, "Choose who may read your story");
        }
        problems.throwIfAny();
        return new StoryContent(title.strip(), body.strip(), draft.relation(), draft.harmStructure(),
                draft.contentWarnings(), draft.readership());
    }

    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** See {@link PlainText#clean}. */
    static String clean(String text) {
        return PlainText.clean(text);
    }
}
