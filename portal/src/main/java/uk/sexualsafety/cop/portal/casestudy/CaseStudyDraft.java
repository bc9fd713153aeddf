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

    /** The key of the n-th reflection question (from 1) among the texts. */
    public static String questionKey(int number) {
        return "reflectionQuestions." + number;
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
        texts.put("title", title);
        texts.put("summary", summary);
        texts.put("account", account);
        texts.put("riskAssessment", riskAssessment);
        texts.put("reviewGroup", reviewGroup);
        texts.put("interimMeasuresDetail", interimMeasuresDetail);
        texts.put("policeDetail", policeDetail);
        texts.put("supportPersonHarmed", supportPersonHarmed);
        texts.put("supportPersonAccused", supportPersonAccused);
        texts.put("supportOthers", supportOthers);
        texts.put("outcome", outcome);
        texts.put("learningPoints", learningPoints);
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
        return new CaseStudyDraft(t.get("title"), t.get("summary"), organisationType, showOrganisation,
                harmStructure, raisedVia, t.get("account"), t.get("riskAssessment"), t.get("reviewGroup"),
                interimMeasures, t.get("interimMeasuresDetail"), policeInvolvement, t.get("policeDetail"),
                t.get("supportPersonHarmed"), t.get("supportPersonAccused"), t.get("supportOthers"),
                t.get("outcome"), t.get("learningPoints"), questions, themes, charterCommitments);
    }

    /** How each text is labelled to the author and the moderators. */
    public static String labelOf(String key) {
        if (key.startsWith("reflectionQuestions.")) {
            return "Reflection question " + key.substring(key.indexOf('.') + 1);
        }
        return switch (key) {
            case "title" -> "Title";
            case "summary" -> "Summary";
            case "account" -> "What happened";
            case "riskAssessment" -> "Risk assessment for everyone involved";
            case "reviewGroup" -> "Review group";
            case "interimMeasuresDetail" -> "Interim measures: more detail";
            case "policeDetail" -> "Police involvement: more detail";
            case "supportPersonHarmed" -> "Support offered to the person harmed";
            case "supportPersonAccused" -> "Support offered to the person accused";
            case "supportOthers" -> "Support offered to others involved";
            case "outcome" -> "Outcome";
            case "learningPoints" -> "Learning points";
            default -> throw new IllegalArgumentException("no text is called " + key);
        };
    }
}
