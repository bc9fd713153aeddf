package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.portal.validation.PlainText;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.util.List;
import java.util.Map;

/**
 * Checks what an author wrote and says, field by field, what to fix. A draft needs only a title; a case study sent
 * for moderation needs what readers learn from. Plain Java, so that the rules have fast tests.
 */
final class CaseStudyValidation {


    private CaseStudyValidation() {
    }

    /** The draft with every text cleaned and trimmed, empty texts as null and empty questions left out. */
    static CaseStudyDraft normalise(CaseStudyDraft draft) {
        Map<String, String> texts = draft.texts();
        texts.replaceAll((key, text) -> tidy(text));
        List<String> questions = draft.reflectionQuestions().stream().map(CaseStudyValidation::tidy)
                .filter(q -> q != null).toList();
        CaseStudyDraft tidied = draft.withTexts(texts);
        return new CaseStudyDraft(tidied.title(), tidied.summary(), draft.organisationType(),
                draft.showOrganisation(), draft.harmStructure(), draft.raisedVia(), tidied.account(),
                tidied.riskAssessment(), tidied.reviewGroup(), draft.interimMeasures(),
                tidied.interimMeasuresDetail(), draft.policeInvolvement(), tidied.policeDetail(),
                tidied.supportPersonHarmed(), tidied.supportPersonAccused(), tidied.supportOthers(),
                tidied.outcome(), tidied.learningPoints(), questions, draft.themes(), draft.charterCommitments());
    }

    /**
     * What saving a draft needs: a title, and nothing too long.
     *
     * @param organisationId the author's organisation, needed only if they chose to name it
     */
    static CaseStudyContent draftContent(CaseStudyDraft normalised, Long organisationId) {
        Problems problems = limits(normalised, organisationId);
        problems.throwIfAny();
        return content(normalised, organisationId);
    }

    /** What sending it for moderation needs: everything a reader learns from. */
    static CaseStudyContent submissionContent(CaseStudyDraft normalised, Long organisationId) {
        Problems problems = limits(normalised, organisationId);
        CaseStudyDraft d = normalised;
        problems.requireText(CaseStudyDraft.SUMMARY, d.summary(), CaseStudyDraft.MAX_SUMMARY,
                "Write a short summary for the list of case "
                + "studies");
        if (d.organisationType() == null) {
            problems.add(CaseStudyDraft.ORGANISATION_TYPE, "Choose the kind of organisation where it happened");
        }
        if (d.harmStructure() == null) {
            problems.add(CaseStudyDraft.HARM_STRUCTURE, "Choose who harmed whom");
        }
        if (d.raisedVia() == null) {
            problems.add(CaseStudyDraft.RAISED_VIA, "Choose how the concern was raised");
        }
        problems.requireText(CaseStudyDraft.ACCOUNT, d.account(), CaseStudyDraft.MAX_ACCOUNT, "Say what happened");
        problems.requireText(CaseStudyDraft.RISK_ASSESSMENT, d.riskAssessment(), CaseStudyDraft.MAX_TEXT,
                "Say how risks to everyone involved "
                + "were assessed, or that they were not");
        if (d.policeInvolvement() == null) {
            problems.add(CaseStudyDraft.POLICE_INVOLVEMENT, "Choose whether the police were involved");
        }
        problems.requireText(CaseStudyDraft.OUTCOME, d.outcome(), CaseStudyDraft.MAX_TEXT, "Say what the outcome was");
        problems.requireText(CaseStudyDraft.LEARNING_POINTS, d.learningPoints(), CaseStudyDraft.MAX_TEXT,
                "Write the learning points");
        if (d.reflectionQuestions().isEmpty()) {
            problems.add(CaseStudyDraft.REFLECTION_QUESTIONS, "Write at least one question for readers to reflect on");
        }
        if (d.themes().isEmpty()) {
            problems.add(CaseStudyDraft.THEMES, "Choose at least one theme, so that readers find it");
        }
        problems.throwIfAny();
        return content(d, organisationId);
    }

    private static Problems limits(CaseStudyDraft d, Long organisationId) {
        var problems = new Problems();
        problems.requireText(CaseStudyDraft.TITLE, d.title(), CaseStudyDraft.MAX_TITLE, "Give the case study a title");
        problems.limitText(CaseStudyDraft.SUMMARY, d.summary(), CaseStudyDraft.MAX_SUMMARY);
        problems.limitText(CaseStudyDraft.ACCOUNT, d.account(), CaseStudyDraft.MAX_ACCOUNT);
        for (String key : List.of(CaseStudyDraft.RISK_ASSESSMENT, CaseStudyDraft.REVIEW_GROUP,
                CaseStudyDraft.INTERIM_MEASURES_DETAIL, CaseStudyDraft.POLICE_DETAIL,
                CaseStudyDraft.SUPPORT_PERSON_HARMED, CaseStudyDraft.SUPPORT_PERSON_ACCUSED,
                CaseStudyDraft.SUPPORT_OTHERS, CaseStudyDraft.OUTCOME, CaseStudyDraft.LEARNING_POINTS)) {
            problems.limitText(key, d.texts().get(key), CaseStudyDraft.MAX_TEXT);
        }
        if (d.reflectionQuestions().size() > CaseStudyDraft.MAX_QUESTIONS) {
            problems.add(CaseStudyDraft.REFLECTION_QUESTIONS,
                    "Ask no more than " + CaseStudyDraft.MAX_QUESTIONS + " questions");
        }
        for (String question : d.reflectionQuestions()) {
            problems.limitText(CaseStudyDraft.REFLECTION_QUESTIONS, question, CaseStudyDraft.MAX_QUESTION);
        }
        if (d.charterCommitments().stream().anyMatch(n -> n == null || n < 1 || n > 10)) {
            problems.add(CaseStudyDraft.CHARTER_COMMITMENTS, "Choose commitments from the list");
        }
        if (d.showOrganisation() && organisationId == null) {
            problems.add(CaseStudyDraft.SHOW_ORGANISATION,
                    "Your account is not linked to an organisation, so there is none to "
                    + "name. Untick this to show only the kind of organisation.");
        }
        return problems;
    }

    /** The content of a checked draft; the organisation is named only if the draft shows it. */
    static CaseStudyContent content(CaseStudyDraft d, Long organisationId) {
        return new CaseStudyContent(d.title(), d.summary(),
                new CaseStudyContent.Setting(d.organisationType(), d.showOrganisation() ? organisationId : null),
                d.harmStructure(), d.raisedVia(), d.account(),
                new CaseStudyContent.Response(d.riskAssessment(), d.reviewGroup(), d.interimMeasures(),
                        d.interimMeasuresDetail(), d.policeInvolvement(), d.policeDetail(), d.supportPersonHarmed(),
                        d.supportPersonAccused(), d.supportOthers()),
                d.outcome(), d.learningPoints(), d.reflectionQuestions(), d.themes(), d.charterCommitments());
    }

    /** The draft an author edits, from stored content. */
    static CaseStudyDraft draftOf(CaseStudyContent c) {
        CaseStudyContent.Response r = c.response();
        return new CaseStudyDraft(c.title(), c.summary(), c.setting().organisationType(),
                c.setting().namedOrganisationId() != null, c.harmStructure(), c.raisedVia(), c.account(),
                r.riskAssessment(), r.reviewGroup(), r.interimMeasures(), r.interimMeasuresDetail(),
                r.policeInvolvement(), r.policeDetail(), r.supportPersonHarmed(), r.supportPersonAccused(),
                r.supportOthers(), c.outcome(), c.learningPoints(), c.reflectionQuestions(), c.themes(),
                c.charterCommitments());
    }

    private static String tidy(String text) {
        String cleaned = PlainText.clean(text).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
