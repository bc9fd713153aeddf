package uk.sexualsafety.cop.db.story;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.testing.Transitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every status of a story against every change, without Spring or a database: the resulting status, or "refused"
 * when the entity throws and the story stays as it was.
 */
class StoryTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final byte[] HASH = new byte[32];

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource(textBlock = """
            IN_MODERATION,     reviseByContributor, IN_MODERATION
            CHANGES_REQUESTED, reviseByContributor, IN_MODERATION
            PUBLISHED,         reviseByContributor, IN_MODERATION
            REJECTED,          reviseByContributor, refused
            WITHDRAWN,         reviseByContributor, refused

            IN_MODERATION,     editByModerator,     IN_MODERATION
            CHANGES_REQUESTED, editByModerator,     CHANGES_REQUESTED
            PUBLISHED,         editByModerator,     PUBLISHED
            REJECTED,          editByModerator,     refused
            WITHDRAWN,         editByModerator,     refused

            IN_MODERATION,     requestChanges,      CHANGES_REQUESTED
            CHANGES_REQUESTED, requestChanges,      CHANGES_REQUESTED
            PUBLISHED,         requestChanges,      CHANGES_REQUESTED
            REJECTED,          requestChanges,      refused
            WITHDRAWN,         requestChanges,      refused

            IN_MODERATION,     publish,             PUBLISHED
            CHANGES_REQUESTED, publish,             PUBLISHED
            PUBLISHED,         publish,             PUBLISHED
            REJECTED,          publish,             refused
            WITHDRAWN,         publish,             refused

            IN_MODERATION,     reject,              REJECTED
            CHANGES_REQUESTED, reject,              REJECTED
            PUBLISHED,         reject,              REJECTED
            REJECTED,          reject,              refused
            WITHDRAWN,         reject,              refused

            IN_MODERATION,     withdraw,            WITHDRAWN
            CHANGES_REQUESTED, withdraw,            WITHDRAWN
            PUBLISHED,         withdraw,            WITHDRAWN
            REJECTED,          withdraw,            WITHDRAWN
            WITHDRAWN,         withdraw,            refused
            """)
    void eachChangeIsAllowedOnlyFromTheStatusesThatPermitIt(StoryStatus from, String change, String outcome) {
        Story story = in(from);

        Transitions.expect(story, change, outcome, StoryTest::apply, Story::getStatus);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            anonymous, replaced
            linked,    refused
            """)
    void onlyAnAnonymousStoryHasAReceiptCodeToReplace(String kind, String outcome) {
        Story story = kind.equals("anonymous") ? Story.anonymous(HASH, HASH, content(), false, NOW)
                : Story.linked(7L, content(), false, NOW);

        if (outcome.equals("refused")) {
            assertThatThrownBy(() -> story.replaceReceiptCode(HASH, NOW)).isInstanceOf(IllegalStateException.class);
        } else {
            story.replaceReceiptCode(HASH, NOW);
            assertThat(story.isAnonymous()).isTrue();
        }
    }

    @Test
    void aRevisionDropsTheModeratorsSuggestion() {
        Story story = in(StoryStatus.CHANGES_REQUESTED);

        story.reviseByContributor(content(), false, NOW);

        assertThat(story.getSuggestedBody()).isEmpty();
    }

    @Test
    void aStoryMarkedUrgentStaysUrgentWhenRevised() {
        Story story = Story.linked(7L, content(), true, NOW);

        story.reviseByContributor(content(), false, NOW);

        assertThat(story.isUrgent()).isTrue();
    }

    private static void apply(Story story, String change) {
        switch (change) {
            case "reviseByContributor" -> story.reviseByContributor(content(), false, NOW);
            case "editByModerator" -> story.editByModerator("Edited", "Edited text", Set.of(), NOW);
            case "requestChanges" -> story.requestChanges("Please change", "A suggestion", NOW);
            case "publish" -> story.publish(LocalDate.of(2026, 11, 2), NOW);
            case "reject" -> story.reject("Not for the library", NOW);
            case "withdraw" -> story.withdraw(NOW);
            default -> throw new IllegalArgumentException(change);
        }
    }

    private static Story in(StoryStatus status) {
        Story story = Story.anonymous(HASH, HASH, content(), false, NOW);
        switch (status) {
            case IN_MODERATION -> {
            }
            case CHANGES_REQUESTED -> story.requestChanges("Please change", "A suggestion", NOW);
            case PUBLISHED -> story.publish(LocalDate.of(2026, 11, 2), NOW);
            case REJECTED -> story.reject("Not for the library", NOW);
            case WITHDRAWN -> story.withdraw(NOW);
        }
        return story;
    }

    private static StoryContent content() {
        return new StoryContent("A title", "What happened", StoryRelation.WITNESSED,
                HarmStructure.COLLEAGUE_TO_COLLEAGUE, Set.of(), StoryReadership.MEMBERS_ONLY);
    }
}
