package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.SignedIn;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.ItemModeration;

/** What the case study tests do again and again, through the real services as the people who do it. */
final class CaseStudySteps {

    private final CaseStudyAuthoring authoring;
    private final ItemModeration moderation;
    private final ModerationWorkflow workflow;
    private final SignedIn signedIn;

    CaseStudySteps(CaseStudyAuthoring authoring, ItemModeration moderation, ModerationWorkflow workflow,
                   SignedIn signedIn) {
        this.authoring = authoring;
        this.moderation = moderation;
        this.workflow = workflow;
        this.signedIn = signedIn;
    }

    /** The author sends a new case study with no findings accepted. */
    CaseStudyForEditing submitted(long author, CaseStudyDraft draft) {
        signedIn.as(author);
        return authoring.submit(null, draft, AcceptedFindings.NONE);
    }

    /** Sent by the author and approved by the moderator: version 1 is published. */
    long published(long author, long moderator, CaseStudyDraft draft) {
        long id = submitted(author, draft).id();
        approve(id, moderator);
        return id;
    }

    /** The author sends a revision of their case study, as they last saw it. */
    CaseStudyForEditing revised(long author, long caseStudyId, CaseStudyDraft draft) {
        signedIn.as(author);
        CaseStudyForEditing current = authoring.open(caseStudyId);
        return authoring.submit(new CaseStudyRef(caseStudyId, current.version()), draft, AcceptedFindings.NONE);
    }

    ItemReview approve(long caseStudyId, long moderator) {
        return decide(caseStudyId, moderator, ModerationAction.APPROVE, Decision.NONE);
    }

    ItemReview decide(long caseStudyId, long moderator, ModerationAction action, Decision decision) {
        ItemReview item = item(caseStudyId, moderator);
        return moderation.decide(item.ref(), action, decision);
    }

    /** The case study's moderation item as the moderator sees it; leaves the moderator signed in. */
    ItemReview item(long caseStudyId, long moderator) {
        signedIn.as(moderator);
        return workflow.reviewOf(CaseStudyContentType.NAME, caseStudyId, Actor.account(moderator));
    }
}
