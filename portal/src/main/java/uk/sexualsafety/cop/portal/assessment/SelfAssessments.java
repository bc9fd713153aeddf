package uk.sexualsafety.cop.portal.assessment;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.assessment.Assessment;
import uk.sexualsafety.cop.db.assessment.AssessmentFramework;
import uk.sexualsafety.cop.db.assessment.AssessmentFrameworkRepository;
import uk.sexualsafety.cop.db.assessment.AssessmentItem;
import uk.sexualsafety.cop.db.assessment.AssessmentRepository;
import uk.sexualsafety.cop.db.assessment.AssessmentStatus;
import uk.sexualsafety.cop.db.assessment.EvidenceRef;
import uk.sexualsafety.cop.db.assessment.FrameworkItem;
import uk.sexualsafety.cop.db.assessment.FrameworkItemRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.moderation.anonymisation.Finding;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.charts.Csv;
import uk.sexualsafety.cop.portal.moderation.PortalAnonymiser;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * What an organisation's assessment leads do with its self-assessments: start a period (from a copy of the last
 * signed-off one), save drafts, check evidence with the anonymiser, submit, sign off as a second lead, and compare
 * two periods. Every call finds the assessment through the caller's own organisation; another organisation's is
 * "not found", and the attempt is in the audit trail.
 */
@Service
@RolesAllowed(Role.Names.ASSESSMENT_LEAD)
public class SelfAssessments {

    static final String TYPE = "assessment";
    private static final java.time.format.DateTimeFormatter BRITISH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String SAVED_FIRST = "Someone else saved this assessment first. What you typed is still in the "
            + "form: copy anything you need, then reload to see their changes.";

    private final AssessmentRepository assessments;
    private final AssessmentFrameworkRepository frameworks;
    private final FrameworkItemRepository frameworkItems;
    private final EvidenceCatalogue evidence;
    private final PortalAnonymiser anonymiser;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SelfAssessments(AssessmentRepository assessments, AssessmentFrameworkRepository frameworks,
                    FrameworkItemRepository frameworkItems, EvidenceCatalogue evidence, PortalAnonymiser anonymiser,
                    AuditTrail audit, CurrentUser currentUser, TransactionTemplate transaction, Clock clock) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.frameworkItems = frameworkItems;
        this.evidence = evidence;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The organisation's assessments, newest period first. */
    public List<AssessmentSummary> ours() {
        long organisation = organisationOf(currentUser.require());
        return transaction.execute(status -> assessments.findByOrganisationIdOrderByPeriodStartDesc(organisation)
                .stream().map(a -> new AssessmentSummary(a.getId(), new Period(a.getPeriodStart()), a.getStatus(),
                        a.getUpdatedAt())).toList());
    }

    /**
     * Starts the organisation's assessment of a period on the newest framework. It starts from a copy of the
     * latest signed-off assessment before it (items matched by code); otherwise each Charter commitment is given
     * links to the organisation's active policies that address it.
     */
    public AssessmentForEditing start(Period period) {
        PortalUser me = currentUser.require();
        long organisation = organisationOf(me);
        try {
            return transaction.execute(status -> {
                if (assessments.findByOrganisationIdAndPeriodStart(organisation, period.startYear()).isPresent()) {
                    throw alreadyStarted(period);
                }
                AssessmentFramework framework = frameworks.findFirstByOrderByNumberDesc().orElseThrow();
                Optional<Assessment> previous = assessments
                        .findFirstByOrganisationIdAndStatusAndPeriodStartLessThanOrderByPeriodStartDesc(
                                organisation, AssessmentStatus.SIGNED_OFF, period.startYear());
                Assessment draft = new Assessment(organisation, period.startYear(), framework.getId(),
                        frameworkItems.findByFrameworkIdOrderByPosition(framework.getId()),
                        previous.map(Assessment::getId).orElse(null), me.accountId(), clock.instant());
                if (previous.isPresent()) {
                    copy(previous.get(), draft);
                } else {
                    linkPolicies(draft, evidence.policiesByCommitment(organisation));
                }
                assessments.saveAndFlush(draft);
                audit.record("ASSESSMENT_STARTED", TYPE, draft.getId(),
                        previous.map(p -> "copied from " + p.getId()).orElse(null));
                return editing(draft, me);
            });
        } catch (DataIntegrityViolationException startedAtOnce) {
            throw alreadyStarted(period);
        }
    }

    /** The organisation's assessment; another organisation's is "not found", with an audit row. */
    public AssessmentForEditing open(long assessmentId) {
        PortalUser me = currentUser.require();
        return withOwn(assessmentId, assessment -> editing(assessment, me));
    }

    /**
     * Saves the draft's answers. When another lead saved since this person opened it, nothing is saved and they
     * are told so; their text stays in their form.
     */
    public AssessmentForEditing saveDraft(AssessmentRef ref, List<ItemAnswer> answers) {
        PortalUser me = currentUser.require();
        long organisation = organisationOf(me);
        return change(ref, me, assessment -> {
            refuse(assessment, () -> assessment.edited(me.accountId(), clock.instant()));
            for (ItemAnswer answer : answers) {
                AssessmentItem item = assessment.item(answer.frameworkItemId()).orElseThrow(() ->
                        new IllegalArgumentException("Item " + answer.frameworkItemId() + " is not in assessment "
                                + assessment.getId()));
                Set<EvidenceRef> kept = new LinkedHashSet<>(item.getLinks());
                for (EvidenceRef link : answer.links()) {
                    if (!kept.contains(link) && !evidence.mayLink(link, organisation)) {
                        throw InvalidInputException.of(ItemAnswer.problemKey(item.getFrameworkItem().getCode(),
                                ItemAnswer.EVIDENCE), "One of the links for " + name(item.getFrameworkItem())
                                + " is not available to link: your organisation's active policies, published case "
                                + "studies and resources can be linked.");
                    }
                }
                ItemAnswer checked = AssessmentValidation.checked(item.getFrameworkItem(), answer);
                item.answer(checked.level(), checked.evidence(), checked.links(), checked.actions());
            }
        });
    }

    /** What the anonymiser finds in an evidence narrative, for the same preview as a case study; nothing is kept. */
    public List<Finding> checkEvidence(String narrative) {
        currentUser.require();
        return narrative == null || narrative.isBlank() ? List.of() : anonymiser.analyse(narrative);
    }

    /**
     * The narrative with the replacements the lead accepted from {@link #checkEvidence}; refused (as changed since
     * the check) when the findings do not belong to this very text.
     */
    public String applyReplacements(String narrative, List<Finding> accepted) {
        currentUser.require();
        try {
            return anonymiser.apply(narrative, accepted);
        } catch (IllegalArgumentException changed) {
            throw InvalidInputException.of(ItemAnswer.EVIDENCE, "This changed after it was checked. Check it again.");
        }
    }

    /**
     * Sends the saved draft for sign-off. Every item needs a level, and level 3 or 4 needs an evidence narrative:
     * otherwise nothing changes and the first such item is named.
     */
    public AssessmentForEditing submit(AssessmentRef ref) {
        PortalUser me = currentUser.require();
        return change(ref, me, assessment -> {
            for (AssessmentItem item : assessment.getItems()) {
                String code = item.getFrameworkItem().getCode();
                if (item.getLevel().isEmpty()) {
                    throw InvalidInputException.of(ItemAnswer.problemKey(code, ItemAnswer.LEVEL),
                            name(item.getFrameworkItem()) + " has no level yet. Choose a level for every item "
                                    + "before you submit.");
                }
                if (item.getLevel().get() >= 3 && item.getEvidence().isEmpty()) {
                    throw InvalidInputException.of(ItemAnswer.problemKey(code, ItemAnswer.EVIDENCE),
                            name(item.getFrameworkItem()) + " is at level " + item.getLevel().get()
                                    + " but has no evidence. Describe the evidence, or choose a lower level.");
                }
            }
            refuse(assessment, () -> assessment.submit(me.accountId(), clock.instant()));
            audit.record("ASSESSMENT_SUBMITTED", TYPE, assessment.getId(), null);
        });
    }

    /** Takes a submitted assessment back to a draft, to change it before it is signed off. */
    public AssessmentForEditing returnToDraft(AssessmentRef ref) {
        PortalUser me = currentUser.require();
        return change(ref, me, assessment -> {
            refuse(assessment, () -> assessment.returnToDraft(me.accountId(), clock.instant()));
            audit.record("ASSESSMENT_RETURNED_TO_DRAFT", TYPE, assessment.getId(), null);
        });
    }

    /** Signs off a submitted assessment as a second lead; the lead who submitted it is refused. */
    public AssessmentForEditing signOff(AssessmentRef ref) {
        PortalUser me = currentUser.require();
        return change(ref, me, assessment -> {
            if (assessment.getSubmittedBy().filter(by -> by == me.accountId()).isPresent()) {
                throw new ActionRefusedException("You submitted this assessment, so another assessment lead of "
                        + "your organisation must sign it off.");
            }
            refuse(assessment, () -> assessment.signOff(me.accountId(), clock.instant()));
            audit.record("ASSESSMENT_SIGNED_OFF", TYPE, assessment.getId(), null);
        });
    }

    /** Two of the organisation's assessments item by item, in the later one's order. */
    public AssessmentComparison compare(long earlierId, long laterId) {
        PortalUser me = currentUser.require();
        return withOwn(earlierId, earlier -> withOwn(laterId, later -> {
            Assessment first = earlier.getPeriodStart() <= later.getPeriodStart() ? earlier : later;
            Assessment second = first == earlier ? later : earlier;
            Map<String, Integer> before = new java.util.HashMap<>();
            first.getItems().forEach(item -> before.put(item.getFrameworkItem().getCode(),
                    item.getLevel().orElse(null)));
            List<ItemComparison> rows = new ArrayList<>();
            for (AssessmentItem item : second.getItems()) {
                FrameworkItem framed = item.getFrameworkItem();
                rows.add(new ItemComparison(framed.getCode(), framed.getTitle(), before.get(framed.getCode()),
                        item.getLevel().orElse(null)));
            }
            return new AssessmentComparison(new Period(first.getPeriodStart()), new Period(second.getPeriodStart()),
                    rows);
        }));
    }

    /**
     * The assessment's items and actions as a CSV file (one row per action, or per item without one), for the
     * organisation's own action tracking. Audited; the rows are never logged.
     */
    public byte[] csv(long assessmentId) {
        AssessmentForEditing assessment = open(assessmentId);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Item", "Title", "Level", "Evidence", "Action", "Owner role", "Due", "Action status"));
        for (ItemForEditing item : assessment.items()) {
            List<String> start = List.of(item.code(), item.title(),
                    item.level() == null ? "" : String.valueOf(item.level()),
                    item.evidence() == null ? "" : item.evidence());
            if (item.actions().isEmpty()) {
                rows.add(concat(start, List.of("", "", "", "")));
            }
            for (var action : item.actions()) {
                rows.add(concat(start, List.of(action.what(), action.ownerRole(),
                        action.dueOn().format(BRITISH_DATE), action.status().label())));
            }
        }
        transaction.executeWithoutResult(status -> audit.record("ASSESSMENT_EXPORTED", TYPE, assessmentId, "csv"));
        return Csv.bytes(rows);
    }

    /** The assessment as a Word document for the board, with the trend against the period it started from. */
    public byte[] boardPaper(long assessmentId) {
        AssessmentForEditing assessment = open(assessmentId);
        Map<String, Integer> earlier = new java.util.HashMap<>();
        transaction.executeWithoutResult(status -> {
            assessments.findById(assessmentId).flatMap(Assessment::getCopiedFromId).flatMap(assessments::findById)
                    .ifPresent(previous -> previous.getItems().forEach(item -> item.getLevel().ifPresent(level ->
                            earlier.put(item.getFrameworkItem().getCode(), level))));
            audit.record("ASSESSMENT_EXPORTED", TYPE, assessmentId, "board paper");
        });
        return BoardPaper.write(assessment, earlier);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> row = new ArrayList<>(first);
        row.addAll(second);
        return row;
    }

    private <T> T withOwn(long assessmentId, java.util.function.Function<Assessment, T> use) {
        long organisation = organisationOf(currentUser.require());
        Optional<T> result = transaction.execute(status -> assessments.findById(assessmentId)
                .filter(found -> found.getOrganisationId() == organisation).map(use));
        if (result.isEmpty()) {
            refused(assessmentId);
        }
        return result.orElseThrow();
    }

    private AssessmentForEditing change(AssessmentRef ref, PortalUser me, Consumer<Assessment> change) {
        long organisation = organisationOf(me);
        Optional<AssessmentForEditing> result = transaction.execute(status -> assessments.findById(ref.id())
                .filter(found -> found.getOrganisationId() == organisation)
                .map(assessment -> {
                    OptimisticLock.requireVersion(assessment.getVersion(), ref.version(), SAVED_FIRST);
                    change.accept(assessment);
                    OptimisticLock.guard(SAVED_FIRST, assessments::flush);
                    return editing(assessment, me);
                }));
        if (result.isEmpty()) {
            refused(ref.id());
        }
        return result.orElseThrow();
    }

    /** Records an attempt on an assessment that is not the caller's (or does not exist), then says "not found". */
    private void refused(long assessmentId) {
        transaction.executeWithoutResult(status ->
                audit.record("ASSESSMENT_ACCESS_REFUSED", TYPE, assessmentId, null));
        throw new AssessmentNotFoundException();
    }

    private static long organisationOf(PortalUser me) {
        if (me.organisationId() == null) {
            throw new ActionRefusedException("Your account belongs to no organisation, so it has no assessment. "
                    + "Ask an administrator to set your organisation.");
        }
        return me.organisationId();
    }

    private static void copy(Assessment previous, Assessment draft) {
        for (AssessmentItem old : previous.getItems()) {
            draft.getItems().stream()
                    .filter(item -> item.getFrameworkItem().getCode().equals(old.getFrameworkItem().getCode()))
                    .findFirst()
                    .ifPresent(item -> item.answer(old.getLevel().orElse(null), old.getEvidence().orElse(null),
                            Set.copyOf(old.getLinks()), old.getActions()));
        }
    }

    private static void linkPolicies(Assessment draft, Map<Integer, List<EvidenceRef>> byCommitment) {
        for (AssessmentItem item : draft.getItems()) {
            item.getFrameworkItem().getCommitmentNumber().map(byCommitment::get).ifPresent(policies ->
                    item.answer(null, null, new LinkedHashSet<>(policies), List.of()));
        }
    }

    private static ActionRefusedException alreadyStarted(Period period) {
        return new ActionRefusedException("Your organisation already has an assessment for " + period.label()
                + ". Open it from the list.");
    }

    /** Turns the entity's refusal of a change into the lead's message. */
    private static void refuse(Assessment assessment, Runnable change) {
        try {
            change.run();
        } catch (IllegalStateException refused) {
            throw new ActionRefusedException(switch (assessment.getStatus()) {
                case DRAFT -> "This assessment is still a draft: submit it first.";
                case SUBMITTED -> "This assessment is waiting for sign-off, so it cannot change. Return it to a "
                        + "draft to change it.";
                case SIGNED_OFF -> "This assessment has been signed off, so it can no longer change.";
            });
        }
    }

    private static String name(FrameworkItem item) {
        return item.getCode() + " " + item.getTitle();
    }

    private AssessmentForEditing editing(Assessment assessment, PortalUser me) {
        List<EvidenceRef> allLinks = assessment.getItems().stream().flatMap(item -> item.getLinks().stream())
                .toList();
        Map<EvidenceRef, EvidenceLinkView> described = evidence.describe(allLinks);
        List<ItemForEditing> items = assessment.getItems().stream().map(item -> {
            FrameworkItem framed = item.getFrameworkItem();
            return new ItemForEditing(framed.getId(), framed.getCode(), framed.getSection(), framed.getTitle(),
                    framed.getQuestions(), IntStream.rangeClosed(FrameworkItem.LOWEST_LEVEL,
                    FrameworkItem.HIGHEST_LEVEL).mapToObj(framed::descriptor).toList(),
                    item.getLevel().orElse(null), item.getEvidence().orElse(null),
                    item.getLinks().stream().map(described::get).toList(), item.getActions());
        }).toList();
        int frameworkNumber = frameworks.findById(assessment.getFrameworkId()).orElseThrow().getNumber();
        Period copiedFrom = assessment.getCopiedFromId().flatMap(assessments::findById)
                .map(copied -> new Period(copied.getPeriodStart())).orElse(null);
        boolean submittedByMe = assessment.getSubmittedBy().filter(by -> by == me.accountId()).isPresent();
        return new AssessmentForEditing(assessment.getId(), assessment.getVersion(),
                new Period(assessment.getPeriodStart()), assessment.getStatus(), frameworkNumber, copiedFrom, items,
                assessment.getStatus() == AssessmentStatus.DRAFT,
                assessment.getStatus() == AssessmentStatus.SUBMITTED && !submittedByMe);
    }
}
