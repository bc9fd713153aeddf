package uk.sexualsafety.cop.portal.account;

import org.springframework.context.ApplicationContext;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyAuthoring;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyForEditing;
import uk.sexualsafety.cop.portal.casestudy.CaseStudyRef;
import uk.sexualsafety.cop.portal.casestudy.discussion.Discussion;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.TestDocuments;
import uk.sexualsafety.cop.portal.story.ApprovedFindings;
import uk.sexualsafety.cop.portal.story.StorySubmissions;

import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.caseStudy;
import static uk.sexualsafety.cop.portal.casestudy.CaseStudyTestData.titleOnly;
import static uk.sexualsafety.cop.portal.policy.PolicyTestData.policy;
import static uk.sexualsafety.cop.portal.story.StoryTestData.anonymousStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.linkedStory;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueClient;
import static uk.sexualsafety.cop.portal.story.StoryTestData.uniqueWord;

/**
 * A member's contributions of every kind, made through the real services as they would make them, each titled with
 * one word no other test uses, for the tests of their data: a published case study with a revision under review, a
 * draft, a comment, a story linked to their account and one sent anonymously, and a policy with its file.
 */
public final class Contributions {

    public record Made(String word, long publishedCaseStudy, long draftCaseStudy, long comment, long linkedStory,
                       long anonymousStory, long policy, byte[] policyFile) {
    }

    private final SignedIn signedIn;
    private final CaseStudyAuthoring authoring;
    private final ItemModeration moderation;
    private final ModerationWorkflow workflow;
    private final Discussion discussion;
    private final StorySubmissions stories;
    private final PolicySharing policies;

    public Contributions(ApplicationContext context) {
        this.signedIn = context.getBean(SignedIn.class);
        this.authoring = context.getBean(CaseStudyAuthoring.class);
        this.moderation = context.getBean(ItemModeration.class);
        this.workflow = context.getBean(ModerationWorkflow.class);
        this.discussion = context.getBean(Discussion.class);
        this.stories = context.getBean(StorySubmissions.class);
        this.policies = context.getBean(PolicySharing.class);
    }

    /** Leaves nobody signed in. */
    public Made by(long member, long moderator) {
        String word = uniqueWord();
        signedIn.as(member);
        long published = authoring.submit(null, caseStudy().titled("Published " + word).draft(),
                AcceptedFindings.NONE).id();
        signedIn.as(moderator);
        ItemReview item = workflow.reviewOf("case-study", published, Actor.account(moderator));
        moderation.decide(item.ref(), ModerationAction.APPROVE, Decision.NONE);

        signedIn.as(member);
        CaseStudyForEditing current = authoring.open(published);
        authoring.submit(new CaseStudyRef(published, current.version()), caseStudy().titled("Revised " + word).draft(),
                AcceptedFindings.NONE);
        long draft = authoring.start(titleOnly("Draft " + word)).id();
        long comment = discussion.comment(published, null, "A comment of mine " + word).id();
        long linked = stories.submit(linkedStory().titled("Linked " + word).draft(), ApprovedFindings.NONE,
                uniqueClient()).storyId();
        long anonymous = stories.submit(anonymousStory().titled("Anonymous " + word).draft(), ApprovedFindings.NONE,
                uniqueClient()).storyId();
        byte[] file = TestDocuments.pdf("Our sexual safety policy " + word);
        long policy = policies.share(policy().titled("Policy " + word).withFile("Our policy.pdf", file).form());
        signedIn.nobody();
        return new Made(word, published, draft, comment, linked, anonymous, policy, file);
    }
}
