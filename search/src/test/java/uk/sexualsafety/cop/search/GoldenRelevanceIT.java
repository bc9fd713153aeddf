package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyDescription;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.VersionContent;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.search.resource.ResourceTestData;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.membersOnlyResource;
import static uk.sexualsafety.cop.search.resource.ResourceTestData.publicResource;

/**
 * Golden relevance: a small fixed corpus of resources, stories and policies in a database of its own, and for each
 * query the exact hits expected, in the style of Lucene's own demo tests. Each expectation is written from the text
 * of the corpus, never from what the engine happened to return: "a > b" means exactly these hits in this order,
 * "a, b" exactly these hits in any order, nothing means no hit. Stories, policies, and unpublished, withdrawn or
 * members-only items are in the corpus so that every query also shows what a viewer must not get.
 * <p>
 * Case studies are not indexed on this branch yet; their golden queries belong with their search mapping.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@ContextConfiguration(initializers = SeparateDatabaseInitializer.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenRelevanceIT {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Autowired
    SearchService search;
    @Autowired
    ResourceRepository resources;
    @Autowired
    StoryRepository stories;
    @Autowired
    PolicyRepository policies;
    @Autowired
    PolicyVersionRepository policyVersions;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AccountRepository accounts;
    @Autowired
    TransactionTemplate transaction;

    /** Corpus key to the hit it must come back as: type and id. */
    private final Map<String, String> keys = new HashMap<>();

    @BeforeAll
    void theCorpus() {
        resource("ftsu-long", publicResource().titled("Raising a concern")
                .summarised("Your Freedom to Speak Up guardian listens in confidence."));
        resource("ftsu-short", publicResource().titled("Guardians' network")
                .summarised("The FTSU network meets monthly."));
        resource("icb-long", publicResource().titled("Investigating for each other")
                .summarised("Trusts in one integrated care board can share investigators."));
        resource("icb-short", publicResource().titled("Commissioning")
                .summarised("What your ICB expects from an action plan."));
        resource("edi-long", publicResource().titled("Inclusive leadership")
                .summarised("Equality, diversity and inclusion leads tackle misogyny."));
        resource("edi-short", publicResource().titled("Network leads")
                .summarised("Our EDI leads meet quarterly."));
        resource("aace", publicResource().titled("Sector-wide work")
                .summarised("AACE's national group sets the pace."));
        resource("hr", publicResource().titled("People teams")
                .summarised("What HR does first after a report."));
        resource("human-resources", publicResource().titled("First steps")
                .summarised("The human resources team arranges support."));
        resource("er", publicResource().titled("Suspensions")
                .summarised("Advice from employee relations on restrictions."));
        resource("od", publicResource().titled("Team culture")
                .summarised("Organisational development support for teams."));
        resource("gp", publicResource().titled("Primary care")
                .summarised("When a GP practice raises a worry about a crew."));
        resource("a-and-e", publicResource().titled("Handover delays")
                .summarised("Crews waiting in A&E corridors."));
        resource("accident-and-emergency", publicResource().titled("Emergency departments")
                .summarised("Safety in accident and emergency waiting areas."));
        resource("e-learning", publicResource().titled("Online module")
                .summarised("An e-learning course for a team."));
        resource("ni", publicResource().titled("Cross-border crews")
                .summarised("Shared rotas with the NI ambulance service."));
        resource("behaviour", publicResource().titled("Unwanted sexual behaviour")
                .summarised("Naming it early stops it growing."));
        resource("behavior", publicResource().titled("Standards")
                .summarised("A code of behavior for volunteers."));
        resource("organisational", publicResource().titled("Safety approach")
                .summarised("An organisational approach to safety."));
        resource("organization", publicResource().titled("Whole system")
                .summarised("An organization-wide plan."));
        resource("counselling", publicResource().titled("Counselling after an incident")
                .summarised("Free and confidential for all staff."));
        resource("bystander-training", publicResource().titled("Bystander training")
                .summarised("Active bystander sessions for crews."));
        resource("bystander-guide", publicResource().titled("Being an active bystander")
                .summarised("What to say when you see it happen."));
        resource("charter-phrase", publicResource().titled("The charter")
                .summarised("What the sexual safety charter asks of us."));
        resource("charter-apart", publicResource().titled("Ten aims")
                .summarised("A charter for culture with sexual safety among its aims."));
        resource("harassment", publicResource().titled("Harassment by patients")
                .summarised("The employer's duty under the 2023 Act."));
        resource("members-toolkit", membersOnlyResource().titled("Investigation toolkit")
                .summarised("Templates for letters."));

        story("harassed", "Night shift", "I was harassed by a colleague and did not know who to tell.", Story::publish);
        story("in-moderation", "Waiting", "I was harassed at the station by a trainer.", null);
        story("withdrawn", "Gone", "I was harassed on a course by a trainer.", (s, day, now) -> {
            s.publish(day, now);
            s.withdraw(now);
        });
        story("rejected", "Refused", "I was harassed in the mess room by a trainer.",
                (s, day, now) -> s.reject("Names a station", now));
        story("trauma", "After the report", "The trauma-informed investigator explained each step.", Story::publish);

        long uploader = uploader();
        policy("disciplinary", uploader, "Disciplinary procedure", "How we act on allegations.",
                "A panel independent of the referring service hears the case. Staff who harass colleagues face "
                        + "dismissal.", null);
        policy("withdrawn-policy", uploader, "Old procedure", "Replaced by the new one.",
                "Staff who harass colleagues at a station or on a course face dismissal.",
                policy -> policy.withdraw(Instant.now()));
    }

    @ParameterizedTest(name = "{0} as {1} finds [{2}]")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # Stemming: any inflection finds the others; only what the viewer may read.
            harassed                        | visitor | harassment
            harassed                        | member  | harassment, harassed, disciplinary
            harassing                       | member  | harassment, harassed, disciplinary
            harass                          | member  | harassment, harassed, disciplinary
            # British and American spellings find each other.
            behavior                        | visitor | behaviour, behavior
            behaviour                       | visitor | behaviour, behavior
            organization                    | visitor | organisational, organization, od
            organisation                    | visitor | organisational, organization, od
            counseling                      | visitor | counselling
            organizational development      | visitor | od
            # The sector's acronyms find their long forms, and the long forms the acronyms.
            FTSU                            | visitor | ftsu-long, ftsu-short
            freedom to speak up             | visitor | ftsu-long, ftsu-short
            "Freedom to Speak Up"           | visitor | ftsu-long, ftsu-short
            ICB                             | visitor | icb-long, icb-short
            integrated care board           | visitor | icb-long, icb-short
            EDI                             | visitor | edi-long, edi-short
            equality diversity and inclusion| visitor | edi-long, edi-short
            AACE                            | visitor | aace
            association of ambulance chief executives | visitor | aace
            OD                              | visitor | od
            organisational development      | visitor | od
            # Short tokens other engines drop.
            HR                              | visitor | hr, human-resources
            human resources                 | visitor | hr, human-resources
            ER                              | visitor | er
            employee relations              | visitor | er
            GP                              | visitor | gp
            NI                              | visitor | ni
            A&E                             | visitor | a-and-e, accident-and-emergency
            a&e                             | visitor | a-and-e, accident-and-emergency
            accident and emergency          | visitor | a-and-e, accident-and-emergency
            # Phrases in quotes keep their words together; words apart match only without quotes.
            "sexual safety charter"         | visitor | charter-phrase
            sexual safety charter           | visitor | charter-phrase, charter-apart
            "trauma informed"               | member  | trauma
            "trauma informed"               | visitor |
            # A minus excludes a word; a title counts for more than a summary.
            bystander -training             | visitor | bystander-guide
            bystander                       | visitor | bystander-training > bystander-guide
            harass -disciplinary            | member  | harassment, harassed
            # Members-only items never reach visitors; unpublished, rejected and withdrawn ones reach nobody.
            toolkit                         | visitor |
            toolkit                         | member  | members-toolkit
            trainer                         | member  |
            station                         | member  |
            """)
    void findsExactlyTheExpectedItems(String query, String viewer, String expected) {
        List<String> found = search.search(SearchQuery.of(query), viewer(viewer)).hits().stream()
                .map(hit -> key(hit.type(), hit.id()))
                .toList();

        if (expected == null) {
            assertThat(found).isEmpty();
        } else if (expected.contains(">")) {
            assertThat(found).containsExactly(keys(expected.split(">")));
        } else {
            assertThat(found).containsExactlyInAnyOrder(keys(expected.split(",")));
        }
    }

    private String[] keys(String[] names) {
        return Arrays.stream(names).map(String::strip)
                .peek(name -> assertThat(keys).as("corpus keys").containsKey(name))
                .toArray(String[]::new);
    }

    /** The corpus key of a hit, so that a failure names the items; an unknown hit shows as type and id. */
    private String key(ContentType type, long id) {
        String hit = type + "#" + id;
        return keys.entrySet().stream().filter(entry -> entry.getValue().equals(hit))
                .map(Map.Entry::getKey).findFirst().orElse(hit);
    }

    private static SearchViewer viewer(String name) {
        return switch (name) {
            case "visitor" -> SearchViewer.anonymous();
            case "member" -> SearchViewer.member();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private void resource(String key, ResourceTestData resource) {
        keys.put(key, ContentType.RESOURCE + "#" + resources.save(resource.publishedOn(DAY).build()).getId());
    }

    @FunctionalInterface
    private interface StoryChange {
        void apply(Story story, LocalDate day, Instant now);
    }

    private void story(String key, String title, String body, StoryChange change) {
        long id = transaction.execute(status -> {
            Story story = stories.save(Story.anonymous(hash(key + "-receipt"), hash(key + "-recovery"),
                    new StoryContent(title, body, StoryRelation.EXPERIENCED, HarmStructure.COLLEAGUE_TO_COLLEAGUE,
                            Set.of(), StoryReadership.MEMBERS_ONLY), false, Instant.now()));
            return story.getId();
        });
        if (change != null) {
            transaction.executeWithoutResult(status ->
                    change.apply(stories.findById(id).orElseThrow(), DAY, Instant.now()));
        }
        keys.put(key, ContentType.STORY + "#" + id);
    }

    private long uploader() {
        return transaction.execute(status -> accounts.save(new Account("golden-uploader@test.nhs.net",
                "Uploader", null, "not-a-hash",
                organisations.findByNameIgnoreCase("London Ambulance Service NHS Trust").orElseThrow(),
                EnumSet.of(Role.MEMBER), Instant.now())).getId());
    }

    private void policy(String key, long uploader, String title, String summary, String text,
                        Consumer<Policy> change) {
        long id = transaction.execute(status -> {
            Policy policy = policies.save(new Policy(
                    organisations.findByNameIgnoreCase("London Ambulance Service NHS Trust").orElseThrow(),
                    new PolicyDescription(title, PolicyType.DISCIPLINARY, summary, Set.of(6), false),
                    uploader, Instant.now()));
            policyVersions.save(policy.addVersion(new VersionContent("1.0", DAY, DAY.plusYears(3), "policy.pdf",
                    "application/pdf", 1234, new byte[32], text, false), uploader, Instant.now()));
            return policy.getId();
        });
        if (change != null) {
            transaction.executeWithoutResult(status -> change.accept(policies.findById(id).orElseThrow()));
        }
        keys.put(key, ContentType.POLICY + "#" + id);
    }

    /** A distinct 32-byte value per story, as the unique code-hash columns require. */
    private static byte[] hash(String seed) {
        byte[] hash = new byte[32];
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, hash, 0, Math.min(bytes.length, hash.length));
        return hash;
    }
}
