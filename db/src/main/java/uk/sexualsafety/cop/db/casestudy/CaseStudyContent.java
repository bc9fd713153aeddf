package uk.sexualsafety.cop.db.casestudy;

import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an author writes into one version of a case study. A draft may leave anything but the title empty (null); the
 * portal's validation decides what a submission needs, and the database refuses to publish an incomplete version.
 *
 * @param charterCommitments numbers (1 to 10) of the Sexual Safety Charter commitments it relates to
 */
public record CaseStudyContent(String title, String summary, Setting setting, HarmStructure harmStructure,
                               RaisedVia raisedVia, String account, Response response, String outcome,
                               String learningPoints, List<String> reflectionQuestions, Set<Theme> themes,
                               Set<Integer> charterCommitments) {

    public CaseStudyContent {
        Objects.requireNonNull(title, "title");
        setting = setting == null ? Setting.NONE : setting;
        response = response == null ? Response.NONE : response;
        reflectionQuestions = reflectionQuestions == null ? List.of() : List.copyOf(reflectionQuestions);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        charterCommitments = charterCommitments == null ? Set.of() : Set.copyOf(charterCommitments);
    }

    /** A draft with nothing but its title. */
    public static CaseStudyContent titled(String title) {
        return new CaseStudyContent(title, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Where it happened: the kind of organisation, and the organisation only if the author chose to name it.
     *
     * @param namedOrganisationId the organisation named to readers, or null to keep it unnamed
     */
    public record Setting(OrganisationType organisationType, Long namedOrganisationId) {

        public static final Setting NONE = new Setting(null, null);
    }

    /** What the organisation did. Every text may be empty in a draft. */
    public record Response(String riskAssessment, String reviewGroup, Set<InterimMeasure> interimMeasures,
                           String interimMeasuresDetail, PoliceInvolvement policeInvolvement, String policeDetail,
                           String supportPersonHarmed, String supportPersonAccused, String supportOthers) {

        public static final Response NONE = new Response(null, null, null, null, null, null, null, null, null);

        public Response {
            interimMeasures = interimMeasures == null ? Set.of() : Set.copyOf(interimMeasures);
        }
    }
}
