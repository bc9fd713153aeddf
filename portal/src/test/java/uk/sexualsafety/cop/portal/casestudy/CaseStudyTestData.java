package uk.sexualsafety.cop.portal.casestudy;

import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Drafts for tests: {@code CaseStudyTestData.caseStudy().titled("...").draft()}, complete unless emptied. */
public final class CaseStudyTestData {

    private String title = "Comments on a night shift";
    private String summary = "A student paramedic was harassed by a crew mate and raised it away from her manager.";
    private String account = "Over several night shifts a crew mate commented on a student's body and messaged her.";
    private String riskAssessment = "Risks to the student, the crew mate and patients were assessed within a day.";
    private String outcome = "A disciplinary hearing found the allegations proven; a final written warning followed.";
    private String learningPoints = "Students need a route that does not depend on their mentor.";
    private List<String> questions = List.of("What would have helped her speak up sooner?");
    private HarmStructure harm = HarmStructure.COLLEAGUE_TO_COLLEAGUE;
    private OrganisationType organisationType = OrganisationType.AMBULANCE_SERVICE;
    private Set<Theme> themes = Set.of(Theme.STUDENTS_AND_LEARNERS, Theme.POWER_IMBALANCE);
    private Set<Integer> commitments = Set.of(4, 8);
    private boolean showOrganisation;

    private CaseStudyTestData() {
    }

    public static CaseStudyTestData caseStudy() {
        return new CaseStudyTestData();
    }

    public CaseStudyTestData titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public CaseStudyTestData summarised(String newSummary) {
        this.summary = newSummary;
        return this;
    }

    public CaseStudyTestData telling(String newAccount) {
        this.account = newAccount;
        return this;
    }

    public CaseStudyTestData withOutcome(String newOutcome) {
        this.outcome = newOutcome;
        return this;
    }

    public CaseStudyTestData asking(String... newQuestions) {
        this.questions = List.of(newQuestions);
        return this;
    }

    public CaseStudyTestData harm(HarmStructure newHarm) {
        this.harm = newHarm;
        return this;
    }

    public CaseStudyTestData at(OrganisationType newType) {
        this.organisationType = newType;
        return this;
    }

    public CaseStudyTestData themes(Theme... newThemes) {
        this.themes = Set.of(newThemes);
        return this;
    }

    public CaseStudyTestData commitments(Integer... numbers) {
        this.commitments = Set.of(numbers);
        return this;
    }

    public CaseStudyTestData namingTheOrganisation() {
        this.showOrganisation = true;
        return this;
    }

    public CaseStudyDraft draft() {
        return new CaseStudyDraft(title, summary, organisationType, showOrganisation, harm,
                RaisedVia.FREEDOM_TO_SPEAK_UP, account, riskAssessment, "A review group of HR, safeguarding and "
                + "the education lead met weekly.", Set.of(InterimMeasure.SEPARATE_SHIFTS_OR_BASE), null,
                PoliceInvolvement.NOT_INVOLVED, null, "Wellbeing support and a new mentor.", "Occupational "
                + "health referral.", null, outcome, learningPoints, questions, themes, commitments);
    }

    /** A draft with nothing but a title, as an author may save it. */
    public static CaseStudyDraft titleOnly(String title) {
        return new CaseStudyDraft(title, null, null, false, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** A word no other test uses, to find exactly this test's case study. */
    public static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
