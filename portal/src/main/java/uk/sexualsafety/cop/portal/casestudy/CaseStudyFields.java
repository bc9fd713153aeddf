package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.portal.casestudy.ShownField.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

/**
 * Turns a version's content into the fields people read, in reading order, as plain text only: the reading view,
 * the moderators' facts and the comparison of two versions all show the same words. Plain Java.
 */
final class CaseStudyFields {

    private CaseStudyFields() {
    }

    /**
     * @param commitmentTitle    the short title of a Charter commitment by number
     * @param organisationName the name of an organisation by id, for a setting the author chose to name
     */
    static List<ShownField> of(CaseStudyContent content, IntFunction<String> commitmentTitle,
                               LongFunction<String> organisationName) {
        var fields = new ArrayList<ShownField>();
        add(fields, "title", Section.TITLE, "Title", content.title());
        add(fields, "summary", Section.SUMMARY, "Summary", content.summary());
        CaseStudyContent.Setting setting = content.setting();
        String where = setting.organisationType() == null ? null : setting.organisationType().label()
                + (setting.namedOrganisationId() == null ? ""
                : ": " + organisationName.apply(setting.namedOrganisationId()));
        add(fields, "setting", Section.ACCOUNT, "Setting", where);
        add(fields, "harmStructure", Section.ACCOUNT, "Structure of harm",
                content.harmStructure() == null ? null : content.harmStructure().label());
        add(fields, "raisedVia", Section.ACCOUNT, "How it was raised",
                content.raisedVia() == null ? null : content.raisedVia().label());
        add(fields, "account", Section.ACCOUNT, "What happened", content.account());
        CaseStudyContent.Response response = content.response();
        add(fields, "riskAssessment", Section.RESPONSE, CaseStudyDraft.labelOf("riskAssessment"),
                response.riskAssessment());
        add(fields, "reviewGroup", Section.RESPONSE, "Review group", response.reviewGroup());
        addList(fields, "interimMeasures", Section.RESPONSE, "Interim measures", response.interimMeasures().stream()
                .sorted().map(InterimMeasure::label).toList(), response.interimMeasuresDetail());
        add(fields, "policeInvolvement", Section.RESPONSE, "Police involvement",
                join(response.policeInvolvement() == null ? null : response.policeInvolvement().label(),
                        response.policeDetail()));
        add(fields, "supportPersonHarmed", Section.RESPONSE, CaseStudyDraft.labelOf("supportPersonHarmed"),
                response.supportPersonHarmed());
        add(fields, "supportPersonAccused", Section.RESPONSE, CaseStudyDraft.labelOf("supportPersonAccused"),
                response.supportPersonAccused());
        add(fields, "supportOthers", Section.RESPONSE, CaseStudyDraft.labelOf("supportOthers"),
                response.supportOthers());
        add(fields, "outcome", Section.OUTCOME, "Outcome", content.outcome());
        add(fields, "learningPoints", Section.LEARNING, "Learning points", content.learningPoints());
        List<String> questions = content.reflectionQuestions();
        addList(fields, "reflectionQuestions", Section.QUESTIONS, "Questions for reflection",
                IntStream.range(0, questions.size()).mapToObj(i -> (i + 1) + ". " + questions.get(i)).toList(),
                null);
        addList(fields, "themes", Section.TAGS, "Themes", content.themes().stream().sorted()
                .map(Theme::label).toList(), null);
        addList(fields, "charterCommitments", Section.TAGS, "Sexual Safety Charter commitments",
                content.charterCommitments().stream().sorted(Comparator.naturalOrder())
                        .map(n -> n + ". " + commitmentTitle.apply(n)).toList(), null);
        return fields;
    }

    private static void add(List<ShownField> fields, String key, Section section, String label, String text) {
        if (text != null && !text.isBlank()) {
            fields.add(new ShownField(key, section, label, text, List.of()));
        }
    }

    private static void addList(List<ShownField> fields, String key, Section section, String label,
                                List<String> items, String text) {
        if (!items.isEmpty() || text != null && !text.isBlank()) {
            fields.add(new ShownField(key, section, label, text, items));
        }
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ". " + second;
    }
}
