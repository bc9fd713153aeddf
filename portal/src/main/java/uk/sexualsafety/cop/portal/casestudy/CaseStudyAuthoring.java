package uk.sexualsafety.cop.portal.casestudy;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.CaseStudyVersion;
import uk.sexualsafety.cop.db.casestudy.RevisionStatus;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.moderation.risk.ImmediateRisk;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.moderation.AcceptedFindings;
import uk.sexualsafety.cop.portal.moderation.FieldFindings;
import uk.sexualsafety.cop.portal.moderation.PortalAnonymiser;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;

/**
 * What authors do with their own case studies: save drafts that only they see, check them for details that could
 * identify someone, send the version they approved to the moderators, revise a published one while it stays
 * published, and delete, discard, archive or withdraw. Every call proves again that the case study is the caller's,
 * and carries the version they saw.
 */
@Service
@RolesAllowed(Role.Names.MEMBER)
public class CaseStudyAuthoring {

    private static final String CHANGED = "This case study changed since you opened it, perhaps in another tab or "
            + "by a moderator. Open it again to see the latest version; what you typed is still in the form.";

    private final CaseStudyRepository caseStudies;
    private final OrganisationRepository organisations;
    private final PortalAnonymiser anonymiser;
    private final ImmediateRisk immediateRisk;
    private final ModerationWorkflow workflow;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseStudyAuthoring(CaseStudyRepository caseStudies, OrganisationRepository organisations,
                       PortalAnonymiser anonymiser, ImmediateRisk immediateRisk,
                       ModerationWorkflow workflow, AuditTrail audit, CurrentUser currentUser,
                       TransactionTemplate transaction, Clock clock) {
        this.caseStudies = caseStudies;
        this.organisations = organisations;
        this.anonymiser = anonymiser;
        this.immediateRisk = immediateRisk;
        this.workflow = workflow;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The kind of organisation the author works for, which a new case study starts from; null if none. */
    public OrganisationType yourOrganisationType() {
        Long organisationId = currentUser.require().organisationId();
        return organisationId == null ? null : transaction.execute(status -> organisations.findById(organisationId)
                .map(Organisation::getType).orElse(null));
    }

    /** Saves a new draft, which only its author sees. */
    public CaseStudyForEditing start(CaseStudyDraft draft) {
        PortalUser me = currentUser.require();
        CaseStudyContent content = CaseStudyValidation.draftContent(CaseStudyValidation.normalise(draft),
                me.organisationId());
        return transaction.execute(status -> {
            CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(me.accountId(), clock.instant()));
            study.writeDraft(content, clock.instant());
            flush(study);
            audit.record("CASE_STUDY_STARTED", CaseStudyContentType.NAME, study.getId(), null);
            return editing(study);
        });
    }

    /**
     * Saves the working copy without sending it: a draft, a revision of a published case study (members keep
     * reading the published version), or a version the moderators sent back.
     */
    public CaseStudyForEditing saveDraft(CaseStudyRef caseStudy, CaseStudyDraft draft) {
        PortalUser me = currentUser.require();
        CaseStudyContent content = CaseStudyValidation.draftContent(CaseStudyValidation.normalise(draft),
                me.organisationId());
        return change(caseStudy, study -> {
            refuse(study, () -> study.writeDraft(content, clock.instant()));
            return study;
        });
    }

    /**
     * Checks the draft as it would be sent and shows what the anonymiser finds in each text; nothing is stored.
     *
     * @throws InvalidInputException with a message per field if something needed is missing
     */
    public CaseStudyCheck check(CaseStudyDraft draft) {
        PortalUser me = currentUser.require();
        CaseStudyDraft checked = CaseStudyValidation.normalise(draft);
        CaseStudyValidation.submissionContent(checked, me.organisationId());
        List<FieldFindings> texts = checked.texts().entrySet().stream()
                .filter(text -> text.getValue() != null)
                .map(text -> new FieldFindings(text.getKey(), CaseStudyDraft.labelOf(text.getKey()), text.getValue(),
                        anonymiser.analyse(text.getValue())))
                .toList();
        return new CaseStudyCheck(checked, texts, suggestsImmediateRisk(checked));
    }

    /**
     * Sends the version the author approved to the moderators: their draft with the replacements they accepted,
     * applied here to findings that must belong to this very text. A published case study stays published while
     * its revision is reviewed.
     *
     * @param caseStudy the case study as the author saw it, or null to send a new one straight away
     */
    public CaseStudyForEditing submit(CaseStudyRef caseStudy, CaseStudyDraft draft, AcceptedFindings accepted) {
        PortalUser me = currentUser.require();
        CaseStudyDraft approved = approvedVersion(draft, accepted);
        CaseStudyContent content = CaseStudyValidation.submissionContent(approved, me.organisationId());
        boolean urgent = suggestsImmediateRisk(approved);
        Function<CaseStudy, CaseStudy> send = study -> {
            boolean revision = study.isPublished();
            refuse(study, () -> study.submit(content, clock.instant()));
            flush(study);
            workflow.submit(CaseStudyContentType.NAME, study.getId(), me.accountId(), urgent);
            audit.record("CASE_STUDY_SUBMITTED", CaseStudyContentType.NAME, study.getId(),
                    revision ? "revision" : null);
            return study;
        };
        if (caseStudy == null) {
            return transaction.execute(status -> {
                CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(me.accountId(), clock.instant()));
                return editing(send.apply(study));
            });
        }
        return change(caseStudy, send);
    }

    /** The author's own case study, as their form opens it. */
    public CaseStudyForEditing open(long caseStudyId) {
        return transaction.execute(status -> editing(own(caseStudyId)));
    }

    /** The author's case studies, most recently changed first. */
    public List<OwnCaseStudy> mine() {
        long me = currentUser.require().accountId();
        return transaction.execute(status -> caseStudies.findByAuthorAccountIdOrderByUpdatedAtDesc(me).stream()
                .map(CaseStudyAuthoring::own).toList());
    }

    /** Deletes a draft that was never sent; nothing of it is kept. */
    public void deleteDraft(CaseStudyRef caseStudy) {
        transaction.executeWithoutResult(status -> {
            CaseStudy study = own(caseStudy.id());
            requireVersion(study, caseStudy.version());
            if (study.getStatus() != CaseStudyStatus.DRAFT) {
                throw new ActionRefusedException("Only a draft that was never sent can be deleted. You can "
                        + "withdraw this case study instead.");
            }
            study.prepareDeletion();
            flush(study);
            caseStudies.delete(study);
            flush(study);
            audit.record("CASE_STUDY_DRAFT_DELETED", CaseStudyContentType.NAME, caseStudy.id(), null);
        });
    }

    /** Drops the revision of a published case study; the published version stays as it is. */
    public CaseStudyForEditing discardRevision(CaseStudyRef caseStudy) {
        return change(caseStudy, study -> {
            refuse(study, () -> study.discardRevision(clock.instant()));
            audit.record("CASE_STUDY_REVISION_DISCARDED", CaseStudyContentType.NAME, caseStudy.id(), null);
            return study;
        });
    }

    /**
     * Takes a published case study out of the library, by its author or a moderator. Its versions are kept for the
     * author and the moderators; members no longer see it, and search no longer finds it once this commits.
     */
    @RolesAllowed({Role.Names.MEMBER, Role.Names.MODERATOR})
    public void archive(CaseStudyRef caseStudy) {
        PortalUser me = currentUser.require();
        transaction.executeWithoutResult(status -> {
            CaseStudy study = caseStudies.findById(caseStudy.id())
                    .filter(found -> found.isAuthor(me.accountId()) || me.hasRole(Role.MODERATOR))
                    .orElseThrow(CaseStudyNotFoundException::new);
            requireVersion(study, caseStudy.version());
            if (study.getRevisionStatus().orElse(null) == RevisionStatus.IN_REVIEW) {
                throw new ActionRefusedException("A revision of this case study is waiting for moderation. It can "
                        + "be archived once a moderator has decided on it.");
            }
            refuse(study, () -> study.archive(clock.instant()));
            flush(study);
            audit.record("CASE_STUDY_ARCHIVED", CaseStudyContentType.NAME, caseStudy.id(),
                    study.isAuthor(me.accountId()) ? "by author" : "by moderator");
        });
    }

    /** The author withdraws it for good, through the moderation workflow: nobody else sees it again. */
    public CaseStudyForEditing withdraw(CaseStudyRef caseStudy) {
        long me = currentUser.require().accountId();
        return change(caseStudy, study -> {
            if (study.getStatus() == CaseStudyStatus.DRAFT) {
                throw new ActionRefusedException("A draft is seen by nobody but you: delete it instead.");
            }
            if (study.getStatus() == CaseStudyStatus.WITHDRAWN) {
                throw new ActionRefusedException("This case study has already been withdrawn.");
            }
            Actor actor = Actor.account(me);
            ItemReview item = workflow.reviewOf(CaseStudyContentType.NAME, study.getId(), actor);
            workflow.perform(item.itemId(), ModerationAction.WITHDRAW, Decision.NONE, actor, item.version());
            return study;
        });
    }

    /**
     * The draft with the replacements the author accepted. The findings must belong to this very text: if it
     * changed since the check, the author is asked to check it again rather than sending what they have not seen.
     */
    private CaseStudyDraft approvedVersion(CaseStudyDraft draft, AcceptedFindings accepted) {
        CaseStudyDraft checked = CaseStudyValidation.normalise(draft);
        Map<String, String> replaced = new LinkedHashMap<>();
        for (Map.Entry<String, String> text : checked.texts().entrySet()) {
            if (!accepted.in(text.getKey()).isEmpty()) {
                if (text.getValue() == null) {
                    throw changedSinceCheck(text.getKey());
                }
                try {
                    replaced.put(text.getKey(), anonymiser.apply(text.getValue(), accepted.in(text.getKey())));
                } catch (IllegalArgumentException changed) {
                    throw changedSinceCheck(text.getKey());
                }
            }
        }
        for (String field : accepted.byField().keySet()) {
            if (!checked.texts().containsKey(field)) {
                throw changedSinceCheck("reflectionQuestions");
            }
        }
        return CaseStudyValidation.normalise(checked.withTexts(replaced));
    }

    private static InvalidInputException changedSinceCheck(String field) {
        String key = field.startsWith("reflectionQuestions") ? "reflectionQuestions" : field;
        return InvalidInputException.of(key, "This changed after it was checked. Check the case study again "
                + "before you send it.");
    }

    private boolean suggestsImmediateRisk(CaseStudyDraft draft) {
        return draft.texts().values().stream().filter(text -> text != null)
                .anyMatch(immediateRisk::suggestsImmediateRisk);
    }

    private CaseStudyForEditing change(CaseStudyRef caseStudy, Function<CaseStudy, CaseStudy> change) {
        return transaction.execute(status -> {
            CaseStudy study = own(caseStudy.id());
            requireVersion(study, caseStudy.version());
            CaseStudy changed = change.apply(study);
            flush(changed);
            return editing(changed);
        });
    }

    private CaseStudy own(long caseStudyId) {
        long me = currentUser.require().accountId();
        return caseStudies.findById(caseStudyId).filter(study -> study.isAuthor(me))
                .orElseThrow(CaseStudyNotFoundException::new);
    }

    private static void requireVersion(CaseStudy study, long expectedVersion) {
        OptimisticLock.requireVersion(study.getVersion(), expectedVersion, CHANGED);
    }

    private void flush(CaseStudy study) {
        OptimisticLock.guard(CHANGED, caseStudies::flush);
    }

    /** Turns the entity's refusal of a change into the author's message. */
    private static void refuse(CaseStudy study, Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException refused) {
            throw new ActionRefusedException(whyNot(study));
        }
    }

    private static String whyNot(CaseStudy study) {
        if (study.getRevisionStatus().orElse(null) == RevisionStatus.IN_REVIEW
                || study.getStatus() == CaseStudyStatus.IN_REVIEW) {
            return "This case study is waiting for moderation, so it cannot be saved as a draft now. You can still "
                    + "change it and send it again.";
        }
        return switch (study.getStatus()) {
            case REJECTED -> "This case study was not published, so it can no longer be changed.";
            case ARCHIVED -> "This case study has been archived, so it can no longer be changed.";
            case WITHDRAWN -> "This case study has been withdrawn, so it can no longer be changed.";
            default -> "This cannot be done to the case study as it is now. Open it again to see where it is.";
        };
    }

    private static CaseStudyForEditing editing(CaseStudy study) {
        CaseStudyVersion shown = study.getLatestVersion();
        CaseStudyStatus status = study.getStatus();
        RevisionStatus revision = study.getRevisionStatus().orElse(null);
        boolean open = !status.isClosed();
        boolean inReview = status == CaseStudyStatus.IN_REVIEW || revision == RevisionStatus.IN_REVIEW;
        return new CaseStudyForEditing(study.getId(), study.getVersion(), status, revision, publishedNumber(study),
                CaseStudyValidation.draftOf(shown.content()), study.getModeratorMessage().orElse(null),
                open && !inReview, open);
    }

    private static OwnCaseStudy own(CaseStudy study) {
        CaseStudyStatus status = study.getStatus();
        RevisionStatus revision = study.getRevisionStatus().orElse(null);
        boolean published = status == CaseStudyStatus.PUBLISHED;
        return new OwnCaseStudy(study.getId(), study.getVersion(), study.getLatestVersion().getTitle(), status,
                revision, publishedNumber(study), study.getUpdatedAt(), study.getModeratorMessage().orElse(null),
                !status.isClosed(), status == CaseStudyStatus.DRAFT,
                published && revision != null && revision != RevisionStatus.IN_REVIEW,
                published && revision != RevisionStatus.IN_REVIEW,
                status != CaseStudyStatus.DRAFT && status != CaseStudyStatus.WITHDRAWN,
                published || status == CaseStudyStatus.ARCHIVED);
    }

    private static Integer publishedNumber(CaseStudy study) {
        return study.getPublishedVersion().flatMap(CaseStudyVersion::getNumber).orElse(null);
    }
}
