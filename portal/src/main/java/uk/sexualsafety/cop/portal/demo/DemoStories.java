package uk.sexualsafety.cop.portal.demo;

import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;

import java.util.Set;

/** Fictional, already anonymised stories for the demo: two published, one waiting for moderation. */
final class DemoStories {

    private DemoStories() {
    }

    static StoryContent publishedAboutBystanders() {
        return new StoryContent("The comment nobody laughed at",
                "I had been qualified for about a year when a senior colleague started making comments about my "
                        + "body at the start of every shift. Everyone laughed, so I laughed too.\n\n"
                        + "One night a newly qualified technician didn't laugh. She said, quite calmly, that it wasn't "
                        + "funny and asked him to stop. The room went quiet. Later she asked me if I was all right, "
                        + "and told me about our Freedom to Speak Up guardian.\n\n"
                        + "I raised it the following week. It was not easy, and the process took longer than I "
                        + "wanted, but I was believed and I was supported. What I want others to know is how much "
                        + "one person refusing to laugh can change.",
                StoryRelation.EXPERIENCED, HarmStructure.COLLEAGUE_TO_COLLEAGUE,
                Set.of(ContentWarning.SEXUAL_HARASSMENT), StoryReadership.MEMBERS_AND_TRAINING);
    }

    static StoryContent publishedAboutPatients() {
        return new StoryContent("When the patient is the problem",
                "We were called to a man who had fallen at home. While my crewmate fetched the chair, he grabbed "
                        + "my wrist and would not let go, saying things I will not repeat here.\n\n"
                        + "My crewmate came back, saw my face and stepped between us. We finished the job together, "
                        + "never alone with him again, and she made sure we completed an incident report before "
                        + "the end of the shift. Our manager phoned me the next day.\n\n"
                        + "For a long time I thought this was part of the job. It isn't, and the new duty on "
                        + "employers to prevent it means we should expect better support.",
                StoryRelation.EXPERIENCED, HarmStructure.PUBLIC_TO_COLLEAGUE,
                Set.of(ContentWarning.SEXUAL_HARASSMENT), StoryReadership.MEMBERS_ONLY);
    }

    static StoryContent waitingForModeration() {
        return new StoryContent("Supporting a student on placement",
                "A student on placement with us told me that a paramedic at Northgate station had been sending "
                        + "her messages late at night. I was not sure what to do at first, so I listened and wrote "
                        + "down what she told me, in her words.\n\n"
                        + "We spoke to the practice education lead together on 12 March 2024.",
                StoryRelation.SUPPORTED, HarmStructure.COLLEAGUE_TO_COLLEAGUE, Set.of(), StoryReadership.MEMBERS_ONLY);
    }
}
