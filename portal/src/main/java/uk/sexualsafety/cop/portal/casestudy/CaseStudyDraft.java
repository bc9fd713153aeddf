package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the author's form holds. Anything may be missing or wrong: the services say what to fix, field by field,
 * under the names of these components ({@code "title"}, {@code "reflectionQuestions"}...).
 *
 * @param showOrganisation whether readers see the name of the author's organisation; otherwise only its type
 * @param charterCommitments numbers (1 to 10) of the Charter commitments it relates to
 */
public record CaseStudyDraft(String title, String summary, OrganisationType organisationType,
                             boolean showOrganisation, HarmStructure harmStructure, RaisedVia raisedVia,
                             String account, String riskAssessment, String reviewGroup,
                             Set<InterimMeasure> interimMeasures, String interimMeasuresDetail,
                             PoliceInvolvement policeInvolvement, String policeDetail, String supportPersonHarmed,
                             String supportPersonAccused, String supportOthers, String outcome,
                             String learningPoints, List<String> reflectionQuestions, Set<Theme> themes,
                             Set<Integer> charterCommitments) {

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String ORGANISATION_TYPE = "organisationType";
    public static final String SHOW_ORGANISATION = "showOrganisation";
    public static final String HARM_STRUCTURE = "harmStructure";
    public static final String RAISED_VIA = "raisedVia";
    public static final String ACCOUNT = "account";
    public static final String RISK_ASSESSMENT = "riskAssessment";
    public static final String REVIEW_GROUP = "reviewGroup";
    public static final String INTERIM_MEASURES = "interimMeasures";
    public static final String INTERIM_MEASURES_DETAIL = "interimMeasuresDetail";
    public static final String POLICE_INVOLVEMENT = "policeInvolvement";
    public static final String POLICE_DETAIL = "policeDetail";
    public static final String SUPPORT_PERSON_HARMED = "supportPersonHarmed";
    public static final String SUPPORT_PERSON_ACCUSED = "supportPersonAccused";
    public static final String SUPPORT_OTHERS = "supportOthers";
    public static final String OUTCOME = "outcome";
    public static final String LEARNING_POINTS = "learningPoints";
    public static final String REFLECTION_QUESTIONS = "reflectionQuestions";
    public static final String THEMES = "themes";
    public static final String CHARTER_COMMITMENTS = "charterCommitments";
    public static final int MAX_TITLE = 150;
    public static final int MAX_SUMMARY = 1_000;
    public static final int MAX_ACCOUNT = 20_000;
    /** Each of the other free texts: fits a TEXT column in four-byte characters. */
    public static final int MAX_TEXT = 8_000;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_QUESTIONS = 10;

    /** The key of the n-th reflection question (from 1) among the texts. */
    public static String questionKey(int number) {
        return REFLECTION_QUESTIONS + "." + number;
    }

    public CaseStudyDraft {
        interimMeasures = interimMeasures == null ? Set.of() : Set.copyOf(interimMeasures);
        reflectionQuestions = reflectionQuestions == null ? List.of()
                : reflectionQuestions.stream().map(q -> q == null ? "" : q).toList();
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        charterCommitments = charterCommitments == null ? Set.of() : Set.copyOf(charterCommitments);
    }

    /**
     * Every free text, by key, in reading order: what the anonymiser checks and the author's accepted findings
     * refer to. Reflection questions are keyed one by one.
     */
    public Map<String, String> texts() {
        var texts = new LinkedHashMap<String, String>();
        texts.put(TITLE, title);
        texts.put(SUMMARY, summary);
        texts.put(ACCOUNT, account);
        texts.put(RISK_ASSESSMENT, riskAssessment);
        texts.put(REVIEW_GROUP, reviewGroup);
        texts.put(INTERIM_MEASURES_DETAIL, interimMeasuresDetail);
        texts.put(POLICE_DETAIL, policeDetail);
        texts.put(SUPPORT_PERSON_HARMED, supportPersonHarmed);
        texts.put(SUPPORT_PERSON_ACCUSED, supportPersonAccused);
        texts.put(SUPPORT_OTHERS, supportOthers);
        texts.put(OUTCOME, outcome);
        texts.put(LEARNING_POINTS, learningPoints);
        for (int i = 0; i < reflectionQuestions.size(); i++) {
            texts.put(questionKey(i + 1), reflectionQuestions.get(i));
        }
        return texts;
    }

    /** The same draft with the texts of the given keys replaced; other texts stay as they are. */
    public CaseStudyDraft withTexts(Map<String, String> replaced) {
        Map<String, String> t = texts();
        t.putAll(replaced);
        var questions = new ArrayList<String>();
        for (int i = 1; i <= reflectionQuestions.size(); i++) {
            questions.add(t.get(questionKey(i)));
        }
        return new CaseStudyDraft(t.get(TITLE), t.get(SUMMARY), organisationType, showOrganisation,
                harmStructure, raisedVia, t.get(ACCOUNT), t.get(RISK_ASSESSMENT), t.get(REVIEW_GROUP),
                interimMeasures, t.get(INTERIM_MEASURES_DETAIL), policeInvolvement, t.get(POLICE_DETAIL),
                t.get(SUPPORT_PERSON_HARMED), t.get(SUPPORT_PERSON_ACCUSED), t.get(SUPPORT_OTHERS),
                t.get(OUTCOME), t.get(LEARNING_POINTS), questions, themes, charterCommitments);
    }

    /** How each text is labelled to the author and the moderators. */
    public static String labelOf(String key) {
        if (key.startsWith(REFLECTION_QUESTIONS + ".")) {
            return "Reflection question " + key.substring(key.indexOf('.') + 1);
        }
        return switch (key) {
            case TITLE -> "Title";
            case SUMMARY -> "Summary";
            case ACCOUNT -> "What happened";
            case RISK_ASSESSMENT -> "Risk assessment for everyone involved";
            case REVIEW_GROUP -> "Review group";
            case INTERIM_MEASURES_DETAIL -> "Interim measures: more detail";
            case POLICE_DETAIL -> "Police involvement: more detail";
            case SUPPORT_PERSON_HARMED -> "Support offered to the person harmed";
            case SUPPORT_PERSON_ACCUSED -> "Support offered to the person accused";
            case SUPPORT_OTHERS -> "Support offered to others involved";
            case OUTCOME -> "Outcome";
            case LEARNING_POINTS -> "Learning points";
            default -> throw new IllegalArgumentException("no text is called " + key);
        };
    }
}
