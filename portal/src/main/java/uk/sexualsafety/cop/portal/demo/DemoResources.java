package uk.sexualsafety.cop.portal.demo;

import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The demo's resource library: realistic titles and summaries, with links to well-known public pages. */
final class DemoResources {

    private DemoResources() {
    }

    static List<Resource> all(Instant now) {
        return List.of(
                resource(now, "Sexual safety in healthcare: the organisational charter explained",
                        "A short guide to the ten commitments of the Sexual Safety in Healthcare Organisational "
                                + "Charter and what each asks of an employer, with examples from ambulance trusts.",
                        "https://www.england.nhs.uk/long-read/sexual-safety-in-healthcare-organisational-charter/",
                        ResourceKind.GUIDANCE, Audience.PUBLIC, LocalDate.of(2023, 9, 4),
                        Set.of(Theme.POLICY_AND_LAW, Theme.LEADERSHIP_AND_CULTURE)),
                resource(now, "The preventative duty: taking reasonable steps",
                        "What the Worker Protection (Amendment of Equality Act 2010) Act 2023 means for NHS "
                                + "employers from 26 October 2024, including harassment by patients and the public.",
                        "https://www.equalityhumanrights.com/guidance/sexual-harassment-and-harassment-work",
                        ResourceKind.GUIDANCE, Audience.MEMBERS, LocalDate.of(2024, 9, 26),
                        Set.of(Theme.POLICY_AND_LAW, Theme.THIRD_PARTY_HARASSMENT)),
                resource(now, "Active bystander training for ambulance crews",
                        "A ninety-minute session on noticing, naming and interrupting unwanted sexual behaviour "
                                + "on station and on scene, with scenarios written with frontline staff.",
                        "https://example.org/training/active-bystander",
                        ResourceKind.TRAINING, Audience.MEMBERS, LocalDate.of(2025, 2, 11),
                        Set.of(Theme.BYSTANDER, Theme.LEADERSHIP_AND_CULTURE)),
                resource(now, "Freedom to Speak Up and sexual safety: a guardian's perspective",
                        "Recording of a community webinar in which Freedom to Speak Up guardians discuss how "
                                + "staff raise concerns about sexual misconduct outside their line management.",
                        "https://example.org/recordings/ftsu-sexual-safety",
                        ResourceKind.RECORDING, Audience.MEMBERS, LocalDate.of(2025, 4, 3),
                        Set.of(Theme.REPORTING_AND_SPEAKING_UP)),
                resource(now, "Supporting students and learners on placement",
                        "Guidance for practice educators on the power imbalance students face, how they can "
                                + "report harassment safely and how to support them through an investigation.",
                        "https://example.org/guidance/students-on-placement",
                        ResourceKind.GUIDANCE, Audience.MEMBERS, LocalDate.of(2025, 1, 20),
                        Set.of(Theme.STUDENTS_AND_LEARNERS, Theme.POWER_IMBALANCE)),
                resource(now, "Employee relations toolkit: interim measures during an investigation",
                        "A toolkit for ER and HR colleagues on risk assessment for everyone involved, interim "
                                + "measures, and keeping the people involved informed while an investigation runs.",
                        "https://example.org/toolkits/interim-measures",
                        ResourceKind.TOOLKIT, Audience.MEMBERS, LocalDate.of(2024, 11, 14),
                        Set.of(Theme.INVESTIGATION, Theme.SUPPORT_AND_WELLBEING)),
                resource(now, "Trauma-informed investigation interviews",
                        "Training for investigators on interviewing people who have experienced sexual "
                                + "harassment or assault without causing further harm.",
                        "https://example.org/training/trauma-informed-interviews",
                        ResourceKind.TRAINING, Audience.MEMBERS, LocalDate.of(2025, 6, 2),
                        Set.of(Theme.INVESTIGATION, Theme.SUPPORT_AND_WELLBEING)),
                resource(now, "Harassment by patients and the public: recording and responding",
                        "How crews and control room staff record third-party sexual harassment, and what "
                                + "managers should do next, including warning markers and police involvement.",
                        "https://example.org/guidance/third-party-harassment",
                        ResourceKind.GUIDANCE, Audience.MEMBERS, LocalDate.of(2025, 3, 17),
                        Set.of(Theme.THIRD_PARTY_HARASSMENT, Theme.REPORTING_AND_SPEAKING_UP)),
                resource(now, "Non-recent allegations: a practical guide",
                        "Handling allegations about behaviour that happened years ago, when people have moved "
                                + "roles or organisations and evidence is limited.",
                        "https://example.org/guidance/non-recent-allegations",
                        ResourceKind.GUIDANCE, Audience.MEMBERS, LocalDate.of(2024, 7, 8),
                        Set.of(Theme.NON_RECENT, Theme.INVESTIGATION)),
                resource(now, "Organisational development for a culture of sexual safety",
                        "Research summary on what changes culture: leadership behaviour, EDI work and "
                                + "organisational development that makes misogyny visible and unacceptable.",
                        "https://example.org/research/culture-change",
                        ResourceKind.RESEARCH, Audience.MEMBERS, LocalDate.of(2024, 10, 1),
                        Set.of(Theme.LEADERSHIP_AND_CULTURE)));
    }

    private static Resource resource(Instant now, String title, String summary, String url, ResourceKind kind,
                                     Audience audience, LocalDate publishedOn, Set<Theme> themes) {
        return new Resource(title, summary, url, kind, audience, publishedOn, themes, now);
    }
}
