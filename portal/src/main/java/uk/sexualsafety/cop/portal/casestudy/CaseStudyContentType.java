package uk.sexualsafety.cop.portal.casestudy;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.CaseStudyVersion;
import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.moderation.ModerationStatus;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.moderation.workflow.ActionRefusedException;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.QueueDetails;
import uk.sexualsafety.cop.portal.moderation.ContentUnderReview;
import uk.sexualsafety.cop.portal.moderation.ReviewableContent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Case studies in the moderation workflow: one moderator's approval publishes the version under review as the next
 * numbered version. While a revision is reviewed, members keep reading the published version; a rejected revision
 * is dropped and the author may send another.
 */
@Component
class CaseStudyContentType extends ReviewableContent {

    static final String NAME = "case-study";

    /** What the author chose rather than wrote; their texts are shown apart, with the anonymiser's findings. */
    private static final List<String> FACT_KEYS = List.of("setting", "harmStructure", "raisedVia",
            "interimMeasures", "policeInvolvement", "themes", "charterCommitments");

    private final CaseStudyRepository caseStudies;
    private final CaseStudyPresentation presentation;
    private final Clock clock;

    CaseStudyContentType(CaseStudyRepository caseStudies, CaseStudyPresentation presentation, Clock clock) {
        // Written by professionals about handled cases: one moderator's sign-off suffices.
        super(NAME, "Case study", 1);
        this.caseStudies = caseStudies;
        this.presentation = presentation;
        this.clock = clock;
    }

    @Override
    public void statusChanged(long contentId, ModerationStatus newStatus, Decision decision) {
        CaseStudy study = caseStudies.findById(contentId).orElseThrow();
        var now = clock.instant();
        switch (newStatus) {
            case PENDING -> { } // the author's submission already marked it for review
            case CHANGES_REQUESTED -> study.requestChanges(decision.message(), now);
            case PUBLISHED -> study.publish(LocalDate.now(clock), now);
            case REJECTED -> study.reject(rejectionText(decision), now);
            case WITHDRAWN -> {
                if (study.getStatus() != CaseStudyStatus.WITHDRAWN) {
                    study.withdraw(now);
                }
            }
        }
    }

    @Override
    public Map<Long, QueueDetails> describe(Collection<Long> contentIds) {
        return caseStudies.findAllById(contentIds).stream().collect(Collectors.toMap(CaseStudy::getId,
                study -> new QueueDetails(study.getLatestVersion().getTitle(), List.of())));
    }

    /** The texts of the version under review (the latest), as the review page shows them. */
    @Override
    public Map<Long, List<String>> waitingTexts(Collection<Long> contentIds) {
        return caseStudies.findAllById(contentIds).stream().collect(Collectors.toMap(CaseStudy::getId,
                study -> CaseStudyValidation.draftOf(study.getLatestVersion().content()).texts().values().stream()
                        .filter(Objects::nonNull).toList()));
    }

    /** A refused revision leaves a published case study, whose author may send another. */
    @Override
    public boolean acceptsSubmissionAfterRejection(long contentId) {
        return caseStudies.isPublished(contentId);
    }

    @Override
    public ContentUnderReview read(long contentId) {
        CaseStudy study = caseStudies.findById(contentId)
                .orElseThrow(() -> new ActionRefusedException("This case study no longer exists."));
        // A copy the author is writing is theirs alone until they send it: moderators see what was sent.
        CaseStudyVersion shown = study.getVersionSentForReview().orElse(null);
        if (shown == null) {
            return ContentUnderReview.WITHHELD;
        }
        CaseStudyContent content = shown.content();
        var facts = new ArrayList<String>();
        if (!shown.isPublished() && study.getRevisionStatus().isPresent()) {
            facts.add("A revision of version " + study.getPublishedVersion().flatMap(CaseStudyVersion::getNumber)
                    .orElseThrow() + ", which members read until this is published");
        } else if (shown.isPublished()) {
            facts.add("Published as version " + shown.getNumber().orElseThrow()
                    + (study.getRevisionStatus().isPresent() ? "; its author's revision is shown when they send it"
                    : ""));
        }
        presentation.fields(content).stream()
                .filter(field -> FACT_KEYS.contains(field.key()))
                .forEach(field -> facts.add(field.label() + ": " + fact(field.key(), content, field)));
        List<ContentUnderReview.Text> texts = CaseStudyValidation.draftOf(content).texts().entrySet().stream()
                .filter(text -> text.getValue() != null)
                .map(text -> new ContentUnderReview.Text(text.getKey(), CaseStudyDraft.labelOf(text.getKey()),
                        text.getValue()))
                .toList();
        return new ContentUnderReview(content.title(), facts, texts);
    }

    /** Case studies carry no tags: their themes and facts are the author's to choose. */
    @Override
    public void edit(long contentId, Map<String, String> texts, Set<String> tags) {
        CaseStudy study = caseStudies.findById(contentId)
                .orElseThrow(() -> new ActionRefusedException("This case study no longer exists."));
        CaseStudyContent current = study.getWorkingVersion()
                .orElseThrow(() -> new ActionRefusedException("Nothing of this case study is waiting for review."))
                .content();
        CaseStudyDraft edited = CaseStudyValidation.draftOf(current).withTexts(texts);
        try {
            study.editByModerator(CaseStudyValidation.content(edited, current.setting().namedOrganisationId()),
                    clock.instant());
        } catch (IllegalStateException notInReview) {
            throw new ActionRefusedException("Nothing of this case study is waiting for review.");
        }
    }

    private static String fact(String key, CaseStudyContent content, ShownField field) {
        return switch (key) {
            case "interimMeasures" -> content.response().interimMeasures().isEmpty() ? "none chosen"
                    : content.response().interimMeasures().stream().sorted().map(InterimMeasure::label)
                    .collect(Collectors.joining(", "));
            case "policeInvolvement" -> content.response().policeInvolvement() == null ? "not said"
                    : content.response().policeInvolvement().label();
            case "themes" -> content.themes().stream().sorted().map(Theme::label).collect(Collectors.joining(", "));
            default -> field.items().isEmpty() ? field.text() : String.join(", ", field.items());
        };
    }
}
