package uk.sexualsafety.cop.search.benchmark;

import uk.sexualsafety.cop.db.casestudy.CaseStudyStatus;
import uk.sexualsafety.cop.db.casestudy.InterimMeasure;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.policy.PolicyStatus;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.story.StoryStatus;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Kind;
import uk.sexualsafety.cop.search.benchmark.JudgedSet.Planted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic synthetic content: document {@code i} of a kind is always the same for a given seed, whatever the
 * order it is asked for. The judged set's documents take evenly spread positions among the generated ones, so a
 * corpus of any size holds them all. Proportions follow what the portal will hold: many resources and stories, fewer
 * case studies, and policies with long document texts.
 */
final class SyntheticCorpus {

    static final long SEED = 20261124L;

    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 8 * 365;
    private static final double AMERICAN_SHARE = 0.15;
    private static final Map<Kind, Double> SHARES = new EnumMap<>(Map.of(
            Kind.RESOURCE, 0.35, Kind.STORY, 0.30, Kind.CASE_STUDY, 0.20, Kind.POLICY, 0.15));
    private static final Pattern AMERICAN_WORDS = Pattern.compile(
            "\\b(" + String.join("|", Vocabulary.AMERICAN.keySet()) + ")\\b");

    sealed interface Doc permits ResourceDoc, StoryDoc, PolicyDoc, CaseStudyDoc {
        /** The judged set's key, or null for generated content. */
        String plantedKey();

        /** Characters of text, to report the corpus's size. */
        long characters();
    }

    record ResourceDoc(String plantedKey, String title, String summary, ResourceKind kind, Audience audience,
                       LocalDate publishedOn, Set<Theme> themes) implements Doc {
        @Override
        public long characters() {
            return title.length() + summary.length();
        }
    }

    record StoryDoc(String plantedKey, String title, String body, StoryRelation relation, HarmStructure harm,
                    StoryReadership readership, StoryStatus status, Set<ContentWarning> warnings,
                    LocalDate publishedOn) implements Doc {
        @Override
        public long characters() {
            return title.length() + body.length();
        }
    }

    record PolicyDoc(String plantedKey, String title, PolicyType type, String summary, String text,
                     PolicyStatus status, LocalDate effectiveOn, Set<Integer> commitments) implements Doc {
        @Override
        public long characters() {
            return title.length() + summary.length() + text.length();
        }
    }

    record CaseStudyDoc(String plantedKey, CaseStudyStatus status, String title, String summary,
                        OrganisationType organisationType, HarmStructure harm, RaisedVia raisedVia, String account,
                        String riskAssessment, String reviewGroup, String interimDetail, PoliceInvolvement police,
                        String policeDetail, String supportHarmed, String supportAccused, String supportOthers,
                        String outcome, String learningPoints, List<String> questions, Set<Theme> themes,
                        Set<Integer> commitments, Set<InterimMeasure> measures, LocalDate publishedOn)
            implements Doc {

        boolean everPublished() {
            return status == CaseStudyStatus.PUBLISHED || status == CaseStudyStatus.ARCHIVED
                    || status == CaseStudyStatus.WITHDRAWN;
        }

        @Override
        public long characters() {
            long sum = title.length() + summary.length() + account.length() + riskAssessment.length()
                    + reviewGroup.length() + interimDetail.length() + policeDetail.length() + supportHarmed.length()
                    + supportAccused.length() + supportOthers.length() + outcome.length() + learningPoints.length();
            for (String question : questions) {
                sum += question.length();
            }
            return sum;
        }
    }

    private final int documents;
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Planted>> planted = new EnumMap<>(Kind.class);

    SyntheticCorpus(int documents, List<Planted> judged) {
        this.documents = documents;
        int assigned = 0;
        for (Kind kind : List.of(Kind.RESOURCE, Kind.STORY, Kind.CASE_STUDY)) {
            int count = (int) Math.round(documents * SHARES.get(kind));
            counts.put(kind, count);
            assigned += count;
        }
        counts.put(Kind.POLICY, documents - assigned);
        for (Kind kind : Kind.values()) {
            List<Planted> ofKind = judged.stream().filter(doc -> doc.kind() == kind).toList();
            if (ofKind.size() > counts.get(kind)) {
                throw new IllegalArgumentException(documents + " documents leave too few " + kind
                        + " for the " + ofKind.size() + " judged ones");
            }
            planted.put(kind, ofKind);
        }
    }

    int documents() {
        return documents;
    }

    int count(Kind kind) {
        return counts.get(kind);
    }

    /** Document {@code i} (from 0) of the kind: a planted one at evenly spread positions, else generated. */
    Doc document(Kind kind, int i) {
        SplittableRandom random = new SplittableRandom(SEED * 1_000_003L + kind.ordinal() * 0x9E3779B97F4A7C15L + i);
        Planted judged = plantedAt(kind, i);
        return switch (kind) {
            case RESOURCE -> judged == null ? resource(random) : plantedResource(judged, random);
            case STORY -> judged == null ? story(random) : plantedStory(judged, random);
            case POLICY -> judged == null ? policy(random) : plantedPolicy(judged, random);
            case CASE_STUDY -> judged == null ? caseStudy(random) : plantedCaseStudy(judged, random);
        };
    }

    private Planted plantedAt(Kind kind, int i) {
        List<Planted> ofKind = planted.get(kind);
        if (ofKind.isEmpty()) {
            return null;
        }
        long count = counts.get(kind);
        int step = (int) (count / ofKind.size());
        if (i % step != step / 2) {
            return null;
        }
        int index = i / step;
        return index < ofKind.size() ? ofKind.get(index) : null;
    }

    private ResourceDoc resource(SplittableRandom random) {
        boolean american = random.nextDouble() < AMERICAN_SHARE;
        String title = Vocabulary.capitalised(Vocabulary.pick(Vocabulary.RESOURCE_TITLES, random));
        String summary = sentences(Vocabulary.RESOURCE_SENTENCES, 1 + random.nextInt(3), random, " ");
        return new ResourceDoc(null, spelled(title, american), spelled(summary, american),
                oneOf(ResourceKind.values(), random), random.nextInt(4) == 0 ? Audience.MEMBERS : Audience.PUBLIC,
                day(random), themes(random));
    }

    private StoryDoc story(SplittableRandom random) {
        boolean american = random.nextDouble() < AMERICAN_SHARE;
        String title = Vocabulary.pick(Vocabulary.STORY_TITLES, random);
        String body = paragraphs(Vocabulary.STORY_SENTENCES, 8 + random.nextInt(33), random);
        int roll = random.nextInt(50);
        StoryStatus status = roll < 45 ? StoryStatus.PUBLISHED : switch (roll) {
            case 45, 46 -> StoryStatus.IN_MODERATION;
            case 47 -> StoryStatus.CHANGES_REQUESTED;
            case 48 -> StoryStatus.REJECTED;
            default -> StoryStatus.WITHDRAWN;
        };
        return new StoryDoc(null, spelled(title, american), spelled(body, american),
                oneOf(StoryRelation.values(), random), oneOf(HarmStructure.values(), random),
                oneOf(StoryReadership.values(), random), status, warnings(random), day(random));
    }

    private PolicyDoc policy(SplittableRandom random) {
        boolean american = random.nextDouble() < AMERICAN_SHARE;
        String title = Vocabulary.pick(Vocabulary.POLICY_TITLES, random);
        String summary = sentences(Vocabulary.POLICY_SUMMARIES, 1 + random.nextInt(2), random, " ");
        StringBuilder text = new StringBuilder(16_384);
        int sections = 8 + random.nextInt(8);
        for (int section = 0; section < sections; section++) {
            text.append(section + 1).append(". ")
                    .append(Vocabulary.POLICY_HEADINGS.get(section % Vocabulary.POLICY_HEADINGS.size()))
                    .append("\n\n")
                    .append(sentences(Vocabulary.POLICY_SENTENCES, 4 + random.nextInt(17), random, " "))
                    .append("\n\n");
        }
        return new PolicyDoc(null, spelled(title, american), oneOf(PolicyType.values(), random),
                spelled(summary, american), spelled(text.toString(), american),
                random.nextInt(25) == 0 ? PolicyStatus.WITHDRAWN : PolicyStatus.ACTIVE, day(random),
                commitments(random));
    }

    private CaseStudyDoc caseStudy(SplittableRandom random) {
        boolean american = random.nextDouble() < AMERICAN_SHARE;
        int roll = random.nextInt(100);
        CaseStudyStatus status = roll < 88 ? CaseStudyStatus.PUBLISHED
                : roll < 92 ? CaseStudyStatus.DRAFT
                : roll < 95 ? CaseStudyStatus.IN_REVIEW
                : roll < 98 ? CaseStudyStatus.WITHDRAWN : CaseStudyStatus.ARCHIVED;
        List<String> questions = new ArrayList<>();
        for (int q = 1 + random.nextInt(3); q > 0; q--) {
            questions.add(spelled(Vocabulary.pick(Vocabulary.QUESTIONS, random), american));
        }
        return new CaseStudyDoc(null, status, spelled(Vocabulary.pick(Vocabulary.CASE_TITLES, random), american),
                spelled(Vocabulary.capitalised(Vocabulary.pick(Vocabulary.CASE_SUMMARIES, random)), american),
                oneOf(OrganisationType.values(), random), oneOf(HarmStructure.values(), random),
                oneOf(RaisedVia.values(), random),
                spelled(paragraphs(Vocabulary.CASE_SENTENCES, 8 + random.nextInt(18), random), american),
                caseField(random, american), caseField(random, american), caseField(random, american),
                oneOf(PoliceInvolvement.values(), random), caseField(random, american),
                caseField(random, american), caseField(random, american), caseField(random, american),
                caseField(random, american), caseField(random, american), questions, themes(random),
                commitments(random), measures(random), day(random));
    }

    private String caseField(SplittableRandom random, boolean american) {
        return spelled(sentences(Vocabulary.CASE_FIELD_SENTENCES, 1 + random.nextInt(3), random, " "), american);
    }

    private ResourceDoc plantedResource(Planted judged, SplittableRandom random) {
        return new ResourceDoc(judged.key(), judged.title(), judged.summary(), ResourceKind.GUIDANCE,
                Audience.PUBLIC, day(random), EnumSet.of(Theme.REPORTING_AND_SPEAKING_UP));
    }

    private StoryDoc plantedStory(Planted judged, SplittableRandom random) {
        return new StoryDoc(judged.key(), judged.title(), padded(judged.body(), 6, random),
                StoryRelation.EXPERIENCED, HarmStructure.COLLEAGUE_TO_COLLEAGUE, StoryReadership.MEMBERS_ONLY,
                judged.published() ? StoryStatus.PUBLISHED : StoryStatus.IN_MODERATION,
                EnumSet.of(ContentWarning.SEXUAL_HARASSMENT), day(random));
    }

    private PolicyDoc plantedPolicy(Planted judged, SplittableRandom random) {
        return new PolicyDoc(judged.key(), judged.title(), PolicyType.SEXUAL_SAFETY, judged.summary(),
                padded(judged.body(), 60, random),
                judged.published() ? PolicyStatus.ACTIVE : PolicyStatus.WITHDRAWN, day(random), Set.of(6, 8));
    }

    private CaseStudyDoc plantedCaseStudy(Planted judged, SplittableRandom random) {
        String neutral = padded(null, 2, random);
        return new CaseStudyDoc(judged.key(), judged.published() ? CaseStudyStatus.PUBLISHED : CaseStudyStatus.DRAFT,
                judged.title(), judged.summary(), OrganisationType.AMBULANCE_SERVICE,
                HarmStructure.COLLEAGUE_TO_COLLEAGUE, RaisedVia.OTHER, padded(judged.body(), 12, random), neutral,
                neutral, neutral, PoliceInvolvement.NOT_INVOLVED, neutral, neutral, neutral, neutral, neutral,
                neutral, List.of(neutral), EnumSet.of(Theme.INVESTIGATION), Set.of(9),
                EnumSet.noneOf(InterimMeasure.class), day(random));
    }

    /** Neutral sentences with the judged parts ("a | b") spread among them. */
    private static String padded(String judged, int neutralSentences, SplittableRandom random) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < neutralSentences; i++) {
            sentences.add(Vocabulary.NEUTRAL_SENTENCES.get(random.nextInt(Vocabulary.NEUTRAL_SENTENCES.size())));
        }
        if (judged != null) {
            String[] parts = judged.split(" \\| ");
            for (int part = 0; part < parts.length; part++) {
                int at = parts.length == 1 ? sentences.size() / 2 : part * sentences.size() / (parts.length - 1);
                sentences.add(Math.min(at + part, sentences.size()), parts[part]);
            }
        }
        return String.join(" ", sentences);
    }

    private static String sentences(List<String> templates, int count, SplittableRandom random, String joiner) {
        StringBuilder text = new StringBuilder(count * 90);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(joiner);
            }
            text.append(Vocabulary.capitalised(Vocabulary.pick(templates, random)));
        }
        return text.toString();
    }

    private static String paragraphs(List<String> templates, int count, SplittableRandom random) {
        StringBuilder text = new StringBuilder(count * 90);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            text.append(Vocabulary.capitalised(Vocabulary.pick(templates, random)));
        }
        return text.toString();
    }

    private static String spelled(String text, boolean american) {
        if (!american) {
            return text;
        }
        Matcher matcher = AMERICAN_WORDS.matcher(text);
        return matcher.replaceAll(match -> Vocabulary.AMERICAN.get(match.group(1)));
    }

    private static LocalDate day(SplittableRandom random) {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private static Set<Theme> themes(SplittableRandom random) {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            themes.add(oneOf(Theme.values(), random));
        }
        return themes;
    }

    private static Set<ContentWarning> warnings(SplittableRandom random) {
        Set<ContentWarning> warnings = EnumSet.noneOf(ContentWarning.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            warnings.add(oneOf(ContentWarning.values(), random));
        }
        return warnings;
    }

    private static Set<Integer> commitments(SplittableRandom random) {
        Set<Integer> commitments = new TreeSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            commitments.add(1 + random.nextInt(10));
        }
        return commitments;
    }

    private static Set<InterimMeasure> measures(SplittableRandom random) {
        Set<InterimMeasure> measures = EnumSet.noneOf(InterimMeasure.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            measures.add(oneOf(InterimMeasure.values(), random));
        }
        return measures;
    }

    private static <T> T oneOf(T[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
