package uk.sexualsafety.cop.portal.demo;

import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.util.List;
import java.util.Set;

/**
 * Fictional, already anonymised case studies for the demo: one published in two versions, one published naming its
 * organisation, and a draft.
 */
final class DemoCaseStudies {

    private DemoCaseStudies() {
    }

    static CaseStudyContent studentOnPlacement(boolean revised) {
        return new CaseStudyContent("A student on placement and a crew mate's messages",
                "A student paramedic received unwanted messages from a crew mate during her placement and raised "
                        + "it through Freedom to Speak Up rather than her mentor.",
                new CaseStudyContent.Setting(OrganisationType.AMBULANCE_SERVICE, null),
                HarmStructure.COLLEAGUE_TO_COLLEAGUE, RaisedVia.FREEDOM_TO_SPEAK_UP,
                "Over several weeks a crew mate sent a student paramedic messages late at night, first friendly, "
                        + "then about her appearance. Her practice mentor was a friend of his, so she did not feel "
                        + "able to tell him. She spoke to the trust's Freedom to Speak Up guardian, who helped her "
                        + "decide what to do next and went with her to the practice education lead.",
                new CaseStudyContent.Response("Within a day the trust assessed the risks to the student, to the "
                        + "crew mate and to patients, and agreed that the two would not work together.",
                        "Employee relations, the practice education lead and the university's placement tutor.",
                        Set.of(InterimMeasure.SEPARATE_SHIFTS_OR_BASE, InterimMeasure.NO_CONTACT_INSTRUCTION),
                        null, PoliceInvolvement.NOT_INVOLVED, null,
                        "A new mentor on another station, wellbeing support, and weekly check-ins with the "
                                + "university.",
                        "Occupational health and a named contact in employee relations throughout.", null),
                revised ? "An investigation found the allegations proven; the crew mate received a final written "
                        + "warning and completed training on professional boundaries. The student completed her "
                        + "placement."
                        : "An investigation found the allegations proven; the crew mate received a final written "
                        + "warning.",
                "Students need a way to raise concerns that does not depend on their mentor. Placement "
                        + "agreements should name who students can go to, inside and outside the trust.",
                List.of("What would have helped the student speak up sooner?",
                        "Who in your organisation would a student on placement go to?"),
                Set.of(Theme.STUDENTS_AND_LEARNERS, Theme.POWER_IMBALANCE, Theme.REPORTING_AND_SPEAKING_UP),
                Set.of(4, 8, 9));
    }

    static CaseStudyContent patientOnAJob(long organisationId) {
        return new CaseStudyContent("A patient's behaviour towards a crew on a call",
                "A patient sexually harassed a paramedic during a call; her crew mate intervened and the trust "
                        + "treated it as harassment by a third party under its new duty.",
                new CaseStudyContent.Setting(OrganisationType.AMBULANCE_SERVICE, organisationId),
                HarmStructure.PUBLIC_TO_COLLEAGUE, RaisedVia.LINE_MANAGER,
                "During a call to a patient who had fallen at home, the patient made sexual remarks and grabbed "
                        + "a paramedic's wrist. Her crew mate stepped in, and they completed the call together "
                        + "without leaving either alone with the patient. They reported it to their manager that "
                        + "night.",
                new CaseStudyContent.Response("The trust assessed the risk to crews attending the address and "
                        + "added a warning marker, reviewed after six months.", null, Set.of(), null,
                        PoliceInvolvement.ADVICE_SOUGHT, "The police advised on the threshold for a report and "
                        + "the paramedic chose not to make one.",
                        "Her manager phoned her the next day and offered time off and the staff support service.",
                        null, "The crew mate was thanked and offered the same support."),
                "The address carries a marker and crews attend in pairs; no further incidents have been reported.",
                "Harassment by patients is not part of the job. Crews need to know it will be taken seriously and "
                        + "that intervening is expected and supported.",
                List.of("How does your organisation record harassment by patients or the public?",
                        "What does a crew member who intervenes need afterwards?"),
                Set.of(Theme.THIRD_PARTY_HARASSMENT, Theme.BYSTANDER), Set.of(1, 5, 8));
    }

    static CaseStudyContent draftAboutCounterClaims() {
        return CaseStudyContent.titled("Counter-claims in a long investigation (draft)");
    }
}
