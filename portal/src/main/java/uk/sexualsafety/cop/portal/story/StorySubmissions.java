package uk.sexualsafety.cop.portal.story;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.portal.moderation.PortalAnonymiser;
import uk.sexualsafety.cop.moderation.risk.ImmediateRisk;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What contributors do with their stories: preview the anonymiser's findings, submit, and later open, revise or
 * withdraw with their receipt code (or their account, for linked stories). Every call proves ownership again; an
 * anonymous story stores nothing about who sent it.
 */
@Service
public class StorySubmissions {

    private final StoryRepository stories;
    private final StoryValidation validation;
    private final PortalAnonymiser anonymiser;
    private final ImmediateRisk immediateRisk;
    private final ModerationWorkflow workflow;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReceiptCodes codes = new ReceiptCodes();
    private final StoryThrottles throttles;

    StorySubmissions(StoryRepository stories, StoryValidation validation, PortalAnonymiser anonymiser,
                     ImmediateRisk immediateRisk, ModerationWorkflow workflow, AuditTrail audit,
                     CurrentUser currentUser, TransactionTemplate transaction, StoryThrottles throttles,
                     Clock clock) {
        this.stories = stories;
        this.validation = validation;
        this.anonymiser = anonymiser;
        this.immediateRisk = immediateRisk;
        this.workflow = workflow;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
        this.throttles = throttles;
    }

    /** Checks the draft and shows what could identify someone in it; nothing is stored. */
    public AnonymisationPreview preview(StoryDraft draft) {
        StoryContent content = validation.validate(draft);
        return new AnonymisationPreview(anonymiser.analyse(content.title()), anonymiser.analyse(content.body()));
    }

    /**
     * Stores the version the contributor approved and puts it in the moderation queue. An anonymous contributor
     * gets a receipt and a recovery code, shown once and stored only as hashes.
     */
    public SubmissionReceipt submit(StoryDraft draft, ApprovedFindings approved, String clientAddress) {
        StoryContent content = approvedVersion(draft, approved);
        Optional<PortalUser> user = currentUser.get();
        boolean linked = draft.linkToAccount() && user.isPresent();
        boolean urgent = immediateRisk.suggestsImmediateRisk(content.title() + "\n" + content.body());
        String receiptCode = linked ? null : codes.newCode();
        String recoveryCode = linked ? null : codes.newCode();
        Supplier<Long> save = () -> transaction.execute(status -> {
            var now = clock.instant();
            Story story = linked
                    ? Story.linked(user.get().accountId(), content, urgent, now)
                    : Story.anonymous(ReceiptCodes.hash(receiptCode), ReceiptCodes.hash(recoveryCode), content,
                    urgent, now);
            stories.saveAndFlush(story);
            workflow.submit(StoryContentType.NAME, story.getId(), story.getContributorAccountId().orElse(null),
                    urgent);
            if (linked) {
                audit.record("STORY_SUBMITTED", StoryContentType.NAME, story.getId(), "linked");
            } else {
                audit.recordAnonymously("STORY_SUBMITTED", StoryContentType.NAME, story.getId(), "anonymous");
            }
            return story.getId();
        });
        long storyId = linked ? save.get() : throttles.countedAnonymousSubmission(clientAddress, save);
        return new SubmissionReceipt(storyId, receiptCode, recoveryCode, urgent);
    }

    /** The contributor's own story, proven by their code or account; any wrong code gets the same answer. */
    public ContributorStory open(ContributorAccess access, String clientAddress) {
        throttleCodes(access, clientAddress);
        return transaction.execute(status -> view(resolve(access)));
    }

    /** Stories linked to the signed-in contributor's account, newest first. */
    public List<ContributorStory> ownStories() {
        long accountId = currentUser.require().accountId();
        return transaction.execute(status -> stories.findByContributorAccountIdOrderBySubmittedAtDesc(accountId)
                .stream().map(this::view).toList());
    }

    /** The contributor's edit: back to the moderators, who must approve this version afresh. */
    public ContributorStory revise(ContributorAccess access, StoryDraft draft, ApprovedFindings approved,
                                   String clientAddress) {
        throttleCodes(access, clientAddress);
        StoryContent content = approvedVersion(draft, approved);
        boolean urgent = immediateRisk.suggestsImmediateRisk(content.title() + "\n" + content.body());
        return transaction.execute(status -> {
            Story story = resolve(access);
            refuseUnlessEditable(story);
            story.reviseByContributor(content, urgent, clock.instant());
            stories.saveAndFlush(story);
            workflow.submit(StoryContentType.NAME, story.getId(), story.getContributorAccountId().orElse(null),
                    urgent);
            recordFor(story, "STORY_REVISED");
            return view(story);
        });
    }

    /** Consent withdrawn: the story leaves every page and the search index when this commits. */
    public ContributorStory withdraw(ContributorAccess access, String clientAddress) {
        throttleCodes(access, clientAddress);
        return transaction.execute(status -> {
            Story story = resolve(access);
            if (story.getStatus() == StoryStatus.WITHDRAWN) {
                throw new ActionRefusedException("This story has already been withdrawn.");
            }
            Actor actor = actorFor(story);
            ItemReview item = workflow.reviewOf(StoryContentType.NAME, story.getId(), actor);
            workflow.perform(item.itemId(), ModerationAction.WITHDRAW, Decision.NONE, actor, item.version());
            return view(story);
        });
    }

    /** A new receipt code for a lost one, from the recovery code; the old receipt code stops working. */
    public String replaceReceiptCode(String recoveryCode, String clientAddress) {
        throttles.takeCodeAttempt(clientAddress);
        String newCode = codes.newCode();
        transaction.executeWithoutResult(status -> {
            Story story = stories.findByRecoveryCodeHash(ReceiptCodes.hash(recoveryCode))
                    .orElseThrow(StoryNotFoundException::new);
            story.replaceReceiptCode(ReceiptCodes.hash(newCode), clock.instant());
            recordFor(story, "STORY_RECEIPT_CODE_REPLACED");
        });
        return newCode;
    }

    /**
     * The draft with the replacements the contributor accepted in the preview. The findings must belong to this very
     * text: if it changed since the preview, the contributor is asked to check it again rather than submitting
     * something they have not seen.
     */
    private StoryContent approvedVersion(StoryDraft draft, ApprovedFindings approved) {
        StoryContent checked = validation.validate(draft);
        try {
            return validation.validate(draft.withText(anonymiser.apply(checked.title(), approved.inTitle()),
                    anonymiser.apply(checked.body(), approved.inBody())));
        } catch (IllegalArgumentException changedSincePreview) {
            throw InvalidInputException.of(StoryDraft.BODY, "Your story changed after it was checked. Check it again "
                    + "before you submit it.");
        }
    }

    private void throttleCodes(ContributorAccess access, String clientAddress) {
        if (access instanceof ContributorAccess.ByReceiptCode) {
            throttles.takeCodeAttempt(clientAddress);
        }
    }

    private Story resolve(ContributorAccess access) {
        return switch (access) {
            case ContributorAccess.ByReceiptCode byCode -> stories.findByReceiptCodeHash(
                    ReceiptCodes.hash(byCode.code())).orElseThrow(StoryNotFoundException::new);
            case ContributorAccess.ByAccount byAccount -> {
                long accountId = currentUser.get().map(PortalUser::accountId)
                        .orElseThrow(StoryNotFoundException::new);
                yield stories.findById(byAccount.storyId())
                        .filter(story -> story.getContributorAccountId().filter(id -> id == accountId).isPresent())
                        .orElseThrow(StoryNotFoundException::new);
            }
        };
    }

    /** A linked story's contributor is its actor; an anonymous story's action names nobody, whoever is signed in. */
    private void recordFor(Story story, String action) {
        if (story.isAnonymous()) {
            audit.recordAnonymously(action, StoryContentType.NAME, story.getId(), null);
        } else {
            audit.record(action, StoryContentType.NAME, story.getId(), null);
        }
    }

    private static Actor actorFor(Story story) {
        return story.getContributorAccountId().map(Actor::account).orElseGet(Actor::verifiedAnonymousContributor);
    }

    private static void refuseUnlessEditable(Story story) {
        switch (story.getStatus()) {
            case IN_MODERATION, CHANGES_REQUESTED -> { }
            case PUBLISHED -> throw new ActionRefusedException("A published story cannot be edited. You can "
                    + "withdraw it and share a new version.");
            case REJECTED -> throw new ActionRefusedException("This story was not published, so it can no longer "
                    + "be changed. You can withdraw it, or share a new story.");
            case WITHDRAWN -> throw new ActionRefusedException("This story has been withdrawn, so it can no longer "
                    + "be changed.");
        }
    }

    private ContributorStory view(Story story) {
        StoryStatus status = story.getStatus();
        boolean mayEdit = status == StoryStatus.IN_MODERATION || status == StoryStatus.CHANGES_REQUESTED;
        return new ContributorStory(story.getId(), story.getTitle(), story.getBody(), story.getRelation(),
                story.getHarmStructure(), story.getContentWarnings(), story.getReadership(), status,
                story.getModeratorMessage().orElse(null), story.getSuggestedBody().orElse(null),
                story.getSubmittedAt(), story.isAnonymous(), mayEdit, status != StoryStatus.WITHDRAWN);
    }
}
