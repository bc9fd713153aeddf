package uk.sexualsafety.cop.search.benchmark;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The words of the synthetic corpus: sentence templates in the registers the portal holds (first-person stories,
 * case-study accounts, policy documents, resource descriptions) and the values of their {slots}, all about sexual
 * safety at work in NHS ambulance services, with the sector's acronyms and long forms, inflections, and, in a share
 * of documents, American spellings. None of the judged queries' topic words may appear here (a fast test checks).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final Map<String, List<String>> SLOTS = Map.ofEntries(
            Map.entry("role", List.of("paramedic", "emergency medical technician", "call handler", "student paramedic",
                    "ambulance care assistant", "team leader", "clinical supervisor", "duty manager",
                    "station manager", "emergency care assistant", "newly qualified paramedic", "practice educator",
                    "clinical team leader", "operations manager", "fleet technician", "senior paramedic",
                    "dispatcher", "community first responder", "private ambulance contractor", "hospital porter",
                    "consultant", "nurse", "mentor", "control room supervisor",
                    "specialist paramedic", "apprentice technician", "volunteer responder")),
            Map.entry("senior", List.of("line manager", "team leader", "station manager", "duty manager",
                    "clinical supervisor", "operations manager", "head of service", "area manager",
                    "practice educator")),
            Map.entry("place", List.of("at the station", "in the control room", "in the back of the ambulance",
                    "on the rapid response vehicle", "in the mess room", "at the hospital handover bay",
                    "on a training course", "at a leaving do", "in the crew room", "in the kit room",
                    "in the staff room", "at the emergency department", "at a patient's home",
                    "on a long-distance transfer", "in the make-ready hub", "at the education centre",
                    "on a standby point", "at the Christmas party", "in the break room", "on the stairwell",
                    "at the fuel station", "during a ride-out", "at handover", "on the night bus home")),
            Map.entry("shift", List.of("night", "late", "early", "twelve-hour", "weekend", "bank holiday",
                    "overtime", "relief")),
            Map.entry("act", List.of("made comments about my body", "touched my back without asking",
                    "sent me sexual messages", "kept asking me out", "made jokes about women paramedics",
                    "shared an explicit image", "stood far too close", "commented on my uniform",
                    "asked about my sex life", "made a remark about my appearance", "followed me home",
                    "blocked the doorway", "rated colleagues' looks", "used misogynistic language",
                    "tried to kiss me", "grabbed my arm", "sent a photo I never asked for",
                    "talked about what he would do to me", "brushed against me in the cab",
                    "made a sexual gesture", "left a note in my bag", "harassed me over text for weeks",
                    "kept harassing a student", "called me love and darling in front of patients",
                    "propositioned me after a difficult call")),
            Map.entry("response", List.of("told me it was just banter", "laughed it off",
                    "said I should toughen up", "said he was a nice guy and meant no harm",
                    "moved me to another shift instead of him", "listened and took notes",
                    "arranged a risk assessment that week", "referred it to employee relations",
                    "spoke to HR the same day", "offered me occupational health support",
                    "asked whether I wanted to make it formal", "put interim measures in place",
                    "suggested I speak to the FTSU guardian", "contacted the safeguarding lead",
                    "set up a review group", "asked human resources for advice",
                    "explained the Freedom to Speak Up route", "made sure we were on separate rotas",
                    "did nothing for three weeks", "believed me straight away",
                    "told me to put it in writing", "reminded me of the sexual safety charter")),
            Map.entry("feeling", List.of("I felt sick every time he was on shift", "I stopped sleeping properly",
                    "I started swapping shifts to avoid him", "I wondered whether it was my fault",
                    "I felt that nobody would believe a student", "I was angry more than scared",
                    "I dreaded the drive to work", "I kept replaying it on every call",
                    "I felt ashamed even though I had done nothing wrong",
                    "I felt relieved that someone finally listened", "I thought about leaving the service")),
            Map.entry("bystander", List.of("stepped in and changed the subject", "checked on me afterwards",
                    "wrote down what they had seen", "told him to stop", "said nothing and looked away",
                    "backed me up at the investigation", "reported it as a witness",
                    "asked me quietly if I was alright", "laughed along, which made it worse")),
            Map.entry("route", List.of("the Freedom to Speak Up guardian", "our FTSU guardian",
                    "employee relations", "the ER team", "HR", "human resources", "my union rep",
                    "the trade union partner", "occupational health", "the safeguarding lead",
                    "the EDI lead", "the equality, diversity and inclusion network", "my GP",
                    "the wellbeing team", "the staff network", "a bypass route around my manager",
                    "the anonymous reporting line", "the ISVA service", "the SARC")),
            Map.entry("outcome", List.of("the investigation upheld the allegation",
                    "he received a final written warning", "he was dismissed for gross misconduct",
                    "the allegation was not upheld but the process was fair", "mediation was offered and declined",
                    "he was moved to another base", "the disciplinary hearing found a case to answer",
                    "the case went to a panel independent of the referring service",
                    "a counter-claim was made and investigated separately", "the police took no further action",
                    "the outcome was shared with me in person", "the investigation took four months",
                    "we agreed a plan for my return to the station", "the trust apologised for the delay")),
            Map.entry("process", List.of("investigation", "disciplinary process", "risk assessment",
                    "grievance", "fact-finding meeting", "safeguarding referral", "review", "hearing")),
            Map.entry("duration", List.of("six weeks", "three months", "nearly a year", "a fortnight",
                    "longer than anyone expected", "two months")),
            Map.entry("processDetail", List.of("I was kept informed throughout", "nobody told me what was happening",
                    "the investigator was trauma-informed and patient", "I had to repeat my account four times",
                    "my union rep came to every meeting", "the interviews were arranged around my shifts",
                    "the terms of reference were shared with me", "I was offered counselling at the start")),
            Map.entry("theme", List.of("bystander action", "power imbalance", "students and learners",
                    "third-party harassment", "non-recent allegations", "counter-claims", "multiple parties",
                    "speaking up", "investigation", "wellbeing", "leadership and culture", "the law")),
            Map.entry("topicPhrase", List.of("sexual harassment at work", "sexual safety on shift",
                    "responding to disclosures", "bystander intervention", "trauma-informed investigation",
                    "supporting students on placement", "misogyny in the workplace", "harassment by patients",
                    "the Worker Protection Act", "the sexual safety charter", "speaking up safely",
                    "interim measures", "risk assessment after a report", "independent investigation",
                    "sexual misconduct policy", "civility and respect", "allyship for men",
                    "safeguarding colleagues", "organisational culture", "equality, diversity and inclusion",
                    "reporting routes that bypass line management", "investigating counter-claims",
                    "non-recent disclosures", "the duty to prevent sexual harassment", "wellbeing after harm",
                    "organisational development after an incident", "HR casework", "employee relations advice")),
            Map.entry("resourceNoun", List.of("guide", "toolkit", "webinar", "e-learning module",
                    "briefing", "checklist", "recording", "report", "case review", "podium talk",
                    "workshop pack", "research summary", "poster set", "film", "template")),
            Map.entry("audience", List.of("line managers", "crews", "call handlers", "students and their mentors",
                    "FTSU guardians", "HR and ER practitioners", "investigators", "board members",
                    "team leaders", "EDI leads", "OD practitioners", "everyone in the trust",
                    "safeguarding leads", "trade union partners")),
            Map.entry("org", List.of("the trust", "the organisation", "our service", "the ambulance service",
                    "NHS England", "the ICB", "the integrated care board", "AACE",
                    "the Association of Ambulance Chief Executives", "the National Guardian's Office",
                    "the health board", "our organisation")),
            Map.entry("law", List.of("the Equality Act 2010", "the Worker Protection (Amendment of Equality Act 2010) "
                    + "Act 2023", "the duty to take reasonable steps", "the Health and Safety at Work Act",
                    "the sexual safety charter", "the national sexual misconduct policy framework")),
            Map.entry("measure", List.of("suspension on full pay", "restricted duties", "separate shifts",
                    "a different base", "an instruction not to make contact", "supervised practice",
                    "removal of access to medicines", "no lone working")),
            Map.entry("support", List.of("occupational health", "counselling", "the employee assistance programme",
                    "a wellbeing check-in every week", "TRiM assessment", "a named contact",
                    "peer support", "time off without loss of pay", "an ISVA", "a SARC referral",
                    "their GP", "the staff network", "a trade union rep")),
            Map.entry("number", List.of("two", "three", "four", "five", "six", "ten", "fourteen", "twenty")));

    /** Sentences of a lived-experience story, in the first person. */
    static final List<String> STORY_SENTENCES = List.of(
            "On a {shift} shift {place}, a {role} {act}.",
            "It started {place} when a {role} {act}.",
            "A few weeks later the same {role} {act} again.",
            "I raised it with my {senior}, who {response}.",
            "When I told my {senior}, they {response}.",
            "Nobody said anything at the time, and {feeling}.",
            "Afterwards {feeling}.",
            "A {role} who saw it {bystander}.",
            "One colleague {bystander}.",
            "Eventually I went to {route}, and {outcome}.",
            "I spoke to {route} first because I did not trust my {senior}.",
            "The {process} took {duration}, and {processDetail}.",
            "In the end {outcome}.",
            "I was offered {support}, which helped more than I expected.",
            "Looking back, I wish someone had explained {topicPhrase} to me as a student.",
            "I am sharing this so that other {audience} know they will be believed.",
            "He harassed other women too, we found out later.",
            "I still work {place} and most days are good now.",
            "My organisation now has a sexual safety lead, and it feels different.",
            "Being harassed at work by someone you rely on in an emergency is hard to describe.",
            "The behaviour had been normalised for years on that station.",
            "It took me a long time to recognise it as sexual harassment.");

    /** Sentences of a case study's account, in the third person. */
    static final List<String> CASE_SENTENCES = List.of(
            "A {role} reported that a {role} {act} {place}.",
            "The concern was raised through {route} rather than through the line manager.",
            "The {senior} {response}.",
            "A {role} who was present {bystander}.",
            "The {process} took {duration}; {processDetail}.",
            "Finally, {outcome}.",
            "Interim measures included {measure}.",
            "Both people were offered {support}.",
            "The case involved {theme}, which shaped how it was handled.",
            "There was a power imbalance: the {role} supervised the person harmed.",
            "Witnesses described behaviour that had been tolerated for a long time.",
            "The person harmed was a student on placement and worried about their assessment.",
            "Employee relations advised on the sequence of interviews.",
            "HR kept a log of every decision and the reasons for it.",
            "The organisation considered its duty under {law}.",
            "A counter-claim was made after the first interview.",
            "The investigator had no line management link to either person.");

    static final List<String> CASE_FIELD_SENTENCES = List.of(
            "A risk assessment covered the person harmed, the person accused and the crew.",
            "The review group met within two working days and included HR, ER and the safeguarding lead.",
            "Interim measures were {measure} and were reviewed every two weeks.",
            "The police were informed with the consent of the person harmed.",
            "Police advice was sought before any interviews took place.",
            "The person harmed was offered {support} and a named contact.",
            "The person accused was offered {support} and told how the process would run.",
            "Colleagues on the station were offered {support} after rumours spread.",
            "The outcome was shared with both people on the same day.",
            "Learning: act on the first report, keep the person harmed informed, and separate rotas quickly.",
            "Learning: bystanders need practical words to use in the moment.",
            "Learning: students need a route that bypasses their assessor.",
            "Learning: record interim measures and review them, or they drift.",
            "The trust updated its sexual misconduct policy as a result.",
            "The {process} was independent of the referring service.");

    static final List<String> QUESTIONS = List.of(
            "What would you have done as the {senior}?",
            "How could the person harmed have been kept better informed?",
            "What made it hard for bystanders to act?",
            "Which interim measures would you consider here, and why?",
            "How would your organisation handle a counter-claim like this?",
            "What support would you offer to everyone involved?",
            "Where could this have been raised outside line management?",
            "What does the sexual safety charter ask of us in a case like this?");

    /** Sentences of a local policy, in its formal register. */
    static final List<String> POLICY_SENTENCES = List.of(
            "This policy applies to all staff, students, volunteers and contractors of {org}.",
            "Sexual harassment is unwanted conduct of a sexual nature that violates a person's dignity.",
            "Sexual misconduct includes harassment, assault and any abuse of power for sexual purposes.",
            "{org} will take all reasonable steps to prevent sexual harassment, as required by {law}.",
            "Staff may raise a concern with their {senior}, through {route}, or anonymously.",
            "Where the concern is about a line manager, staff should use a route that bypasses line management.",
            "Every report will be acknowledged within two working days.",
            "A risk assessment will be completed for everyone involved as soon as a report is made.",
            "Interim measures may include {measure}; they are not a disciplinary sanction.",
            "Investigations will be carried out by a trained investigator independent of the teams involved.",
            "Investigators will follow a trauma-informed approach and avoid repeated retelling.",
            "The person harmed will be kept informed of progress and of the outcome.",
            "Allegations involving patients or members of the public will be treated as third-party harassment.",
            "Disciplinary action will follow the disciplinary procedure and may lead to dismissal.",
            "Counter-claims will be investigated separately and fairly.",
            "Non-recent allegations will be taken as seriously as recent ones.",
            "Support includes {support}, available to everyone involved.",
            "Managers must not discourage staff from reporting or speaking up.",
            "Victimisation of anyone who raises a concern is itself a disciplinary matter.",
            "Bystanders are expected to act where safe, and will be supported when they do.",
            "HR and employee relations will advise managers at every stage.",
            "The Freedom to Speak Up guardian can support staff who are unsure how to proceed.",
            "Where a crime may have been committed, the person harmed will be supported to contact the police.",
            "Safeguarding concerns will be referred to the safeguarding lead without delay.",
            "Data on reports and outcomes will be reported to the board every quarter.",
            "The equality, diversity and inclusion committee will review the impact of this policy.",
            "Training on sexual safety is mandatory for all {audience}.",
            "This policy reflects {law} and the national sexual misconduct policy framework.",
            "Records will be kept securely and shared only with those who need them.",
            "The organisational development team will support teams after an incident.",
            "Relationships at work must be declared where one person manages the other.",
            "Students on placement may also raise concerns with their university.",
            "Organisations within the ICB may share investigators to ensure independence.",
            "The policy will be reviewed every three years or sooner if the law changes.");

    static final List<String> POLICY_HEADINGS = List.of("Purpose", "Scope", "Definitions",
            "Roles and responsibilities", "Raising a concern", "Immediate response", "Risk assessment",
            "Interim measures", "Investigation", "Outcomes and sanctions", "Support for everyone involved",
            "Training", "Monitoring", "Equality impact", "Review");

    static final List<String> POLICY_TITLES = List.of("Sexual safety policy", "Sexual misconduct policy",
            "Bullying and harassment policy", "Speaking up policy", "Disciplinary procedure",
            "Relationships at work policy", "Domestic abuse and sexual violence policy",
            "Dignity at work policy", "Freedom to Speak Up policy", "Managing allegations against staff",
            "Respect and civility procedure", "Investigations procedure", "Grievance procedure",
            "Safeguarding staff policy", "Lone working policy", "Student placement sexual safety protocol");

    static final List<String> POLICY_SUMMARIES = List.of(
            "How {org} prevents sexual harassment and responds when it happens.",
            "What staff can expect when they report sexual misconduct, and what managers must do.",
            "Our local version of the national sexual misconduct policy framework, written in plain English.",
            "Routes for raising a concern, including ones that bypass line management.",
            "How investigations are run, who decides on outcomes, and how people are supported.",
            "Standards of behaviour for everyone, and what happens when they are not met.",
            "Our commitments under the sexual safety charter and how we measure them.");

    static final List<String> STORY_TITLES = List.of("Nights on the {shift} rota", "What I wish I had known",
            "Being believed", "The comments", "A student on placement", "It was not banter",
            "Why I spoke up", "The crew room", "Finally heard", "After the call", "Not just a joke",
            "My first year", "The long wait", "Someone stepped in", "Back on the road", "The messages",
            "When the patient crossed a line", "Speaking up as a bystander", "The investigation",
            "Leaving and coming back");

    static final List<String> CASE_TITLES = List.of("Harassment by a senior colleague on nights",
            "A student's disclosure during placement", "Third-party harassment at a patient's home",
            "Messages from a team leader", "A bystander's report from the crew room",
            "Non-recent allegations against a manager", "Counter-claims after a disclosure",
            "Multiple reports about one paramedic", "Misogynistic culture on a station",
            "A control room complaint", "Harassment on a training course", "A patient harassing call handlers",
            "Power imbalance between mentor and student", "Sexual misconduct at a leaving do",
            "An allegation raised anonymously");

    static final List<String> CASE_SUMMARIES = List.of(
            "A {role} was harassed by a {role}; the concern came through {route}.",
            "How a trust responded to {topicPhrase}, from the first report to the outcome.",
            "An investigation that involved {theme}, with interim measures and support for everyone.",
            "What happened when a {senior} received a disclosure about {topicPhrase}.");

    static final List<String> RESOURCE_TITLES = List.of("A {resourceNoun} on {topicPhrase}",
            "{topicPhrase}: a {resourceNoun} for {audience}", "Understanding {topicPhrase}",
            "{resourceNoun} for {audience}: {topicPhrase}", "Getting started with {topicPhrase}",
            "What {audience} need to know about {topicPhrase}");

    static final List<String> RESOURCE_SENTENCES = List.of(
            "A practical {resourceNoun} for {audience} on {topicPhrase}.",
            "Produced with {org} and people with lived experience.",
            "Covers what to say, what to do and where to get help.",
            "Includes examples from ambulance services and the wider NHS.",
            "Explains the duty under {law} in plain English.",
            "Takes about {number} minutes and can be used in team briefings.",
            "Useful for {audience} who support colleagues after harassment.",
            "Shows how to respond when a colleague discloses sexual harassment.",
            "Sets out how FTSU, HR and ER work together on a concern.",
            "Shared by {org} for the community of practice.");

    /**
     * Sentences that planted documents are padded with: none of the judged queries' words appear in them, so a
     * planted document is relevant, or not, only through what its judged text says.
     */
    static final List<String> NEUTRAL_SENTENCES = List.of(
            "This document sets out roles and responsibilities for everyone it covers.",
            "It applies across all sites and services of the trust.",
            "The procedure was agreed after consultation with staff side colleagues.",
            "Definitions used here follow the NHS England framework.",
            "Each section ends with the name of the person who owns it.",
            "Review dates are shown on the front page.",
            "Where this procedure conflicts with law, the law applies.",
            "Records are kept for six years and then destroyed securely.",
            "Questions about this document go to the author named above.",
            "The shift began quietly, with checks of the vehicle and kit.",
            "We were sent to a call across town and traffic was heavy.",
            "I went home tired and could not sleep for a long time.",
            "My family noticed that I was quieter than usual.",
            "Over the next weeks I thought about leaving the service.",
            "A colleague I trusted listened and believed me.",
            "The outcome took longer than anyone expected.",
            "Looking back, the first conversation mattered most.",
            "Equipment was returned to stores at the end of the day.",
            "The crew completed the paperwork before the next call.",
            "Consultation closed in the spring and comments were added.",
            "Appendix A lists the forms that go with this procedure.",
            "Version control is held by the governance unit.",
            "It was raining hard and the roads were slow.");

    /** British spellings and the American ones a share of documents use instead. */
    static final Map<String, String> AMERICAN = Map.ofEntries(
            Map.entry("organisation", "organization"), Map.entry("Organisation", "Organization"),
            Map.entry("organisational", "organizational"), Map.entry("behaviour", "behavior"),
            Map.entry("counselling", "counseling"), Map.entry("recognise", "recognize"),
            Map.entry("normalised", "normalized"), Map.entry("apologised", "apologized"),
            Map.entry("centre", "center"), Map.entry("Victimisation", "Victimization"),
            Map.entry("judgement", "judgment"));

    /** Replaces every {slot} with one of its values, which may hold slots themselves. */
    static String fill(String template, SplittableRandom random) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            List<String> values = SLOTS.get(template.substring(open + 1, close));
            if (values == null) {
                throw new IllegalArgumentException("No slot " + template.substring(open, close + 1));
            }
            out.append(fill(values.get(random.nextInt(values.size())), random));
            i = close + 1;
        }
        return out.toString();
    }

    static String pick(List<String> values, SplittableRandom random) {
        return fill(values.get(random.nextInt(values.size())), random);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Every word the generator can write, for the checks that keep judged topics out of the filler. */
    static Stream<String> everyText() {
        return Stream.of(SLOTS.values().stream().flatMap(List::stream), STORY_SENTENCES.stream(),
                        CASE_SENTENCES.stream(), CASE_FIELD_SENTENCES.stream(), QUESTIONS.stream(),
                        POLICY_SENTENCES.stream(), POLICY_HEADINGS.stream(), POLICY_TITLES.stream(),
                        POLICY_SUMMARIES.stream(), STORY_TITLES.stream(), CASE_TITLES.stream(),
                        CASE_SUMMARIES.stream(), RESOURCE_TITLES.stream(), RESOURCE_SENTENCES.stream(),
                        NEUTRAL_SENTENCES.stream(), AMERICAN.values().stream())
                .flatMap(stream -> stream);
    }
}
