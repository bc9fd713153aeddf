package uk.sexualsafety.cop.portal.search;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.PoliceInvolvement;
import uk.sexualsafety.cop.db.casestudy.RaisedVia;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.organisation.OrganisationType;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyDescription;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.VersionContent;
import uk.sexualsafety.cop.db.resource.Audience;
import uk.sexualsafety.cop.db.resource.Resource;
import uk.sexualsafety.cop.db.resource.ResourceKind;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryReadership;
import uk.sexualsafety.cop.db.story.StoryRelation;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.db.taxonomy.ContentWarning;
import uk.sexualsafety.cop.db.taxonomy.HarmStructure;
import uk.sexualsafety.cop.db.taxonomy.Theme;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Content of every searchable kind, put straight into the database through the entities' own steps (no moderation),
 * so that search tests can say who finds what. The index follows each commit.
 */
public final class SearchTestData {

    private static final String ORGANISATION = "London Ambulance Service NHS Trust";

    private final TransactionTemplate transaction;
    private final CaseStudyRepository caseStudies;
    private final PolicyRepository policies;
    private final PolicyVersionRepository policyVersions;
    private final StoryRepository stories;
    private final ResourceRepository resources;
    private final OrganisationRepository organisations;

    public SearchTestData(ApplicationContext context) {
        this.transaction = context.getBean(TransactionTemplate.class);
        this.caseStudies = context.getBean(CaseStudyRepository.class);
        this.policies = context.getBean(PolicyRepository.class);
        this.policyVersions = context.getBean(PolicyVersionRepository.class);
        this.stories = context.getBean(StoryRepository.class);
        this.resources = context.getBean(ResourceRepository.class);
        this.organisations = context.getBean(OrganisationRepository.class);
    }

    /** A word no other test uses. */
    public static String uniqueWord() {
        return "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A published case study with a title of its own, for tests that need the index to hold something. */
    public long somePublishedCaseStudy(long authorId) {
        return publishedCaseStudy(authorId, "Rota changes " + uniqueWord(), "What we changed on the rota.",
                Theme.REPORTING_AND_SPEAKING_UP);
    }

    public long publishedCaseStudy(long authorId, String title, String account, Theme theme) {
        long id = draftCaseStudy(authorId, title, account, theme);
        changeCaseStudy(id, study -> study.submit(study.getWorkingVersion().orElseThrow().content(), Instant.now()));
        changeCaseStudy(id, study -> study.publish(LocalDate.now(), Instant.now()));
        return id;
    }

    public long draftCaseStudy(long authorId, String title, String account, Theme theme) {
        return transaction.execute(status -> {
            CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(authorId, Instant.now()));
            study.writeDraft(caseStudy(title, account, theme), Instant.now());
            return study.getId();
        });
    }

    public long sharedPolicy(long uploaderId, String title, String text) {
        long organisation = transaction.execute(status -> organisations.findByNameIgnoreCase(ORGANISATION)
                .orElseThrow().getId());
        return sharedPolicy(organisation, uploaderId, title, text);
    }

    public long sharedPolicy(long organisationId, long uploaderId, String title, String text) {
        return transaction.execute(status -> {
            Policy policy = policies.save(new Policy(organisations.findById(organisationId).orElseThrow(),
                    new PolicyDescription(title, PolicyType.SEXUAL_SAFETY, "How we keep staff safe.", Set.of(1, 6),
                            true), uploaderId, Instant.now()));
            LocalDate effective = LocalDate.now().minusMonths(1);
            policyVersions.save(policy.addVersion(new VersionContent("1.0", effective, effective.plusYears(3),
                    "policy.pdf", "application/pdf", 1234, new byte[32], text, false), uploaderId, Instant.now()));
            return policy.getId();
        });
    }

    public long publishedStory(String title, String body, ContentWarning... warnings) {
        long id = transaction.execute(status -> stories.save(Story.anonymous(randomHash(), randomHash(),
                new StoryContent(title, body, StoryRelation.EXPERIENCED, HarmStructure.COLLEAGUE_TO_COLLEAGUE,
                        Set.of(warnings), StoryReadership.MEMBERS_ONLY), false, Instant.now())).getId());
        changeStory(id, story -> story.publish(LocalDate.now(), Instant.now()));
        return id;
    }

    public void withdrawStory(long id) {
        changeStory(id, story -> story.withdraw(Instant.now()));
    }

    public long resource(String title, String summary, Audience audience) {
        return transaction.execute(status -> resources.save(new Resource(title, summary,
                "https://example.org/" + uniqueWord(), ResourceKind.TOOLKIT, audience, LocalDate.of(2025, 5, 1),
                Set.of(Theme.BYSTANDER), Instant.now())).getId());
    }

    private static CaseStudyContent caseStudy(String title, String account, Theme theme) {
        return new CaseStudyContent(title, "A summary of what happened.",
                new CaseStudyContent.Setting(OrganisationType.AMBULANCE_SERVICE, null),
                HarmStructure.COLLEAGUE_TO_COLLEAGUE, RaisedVia.BYPASS_ROUTE, account,
                new CaseStudyContent.Response("Assessed for everyone", null, Set.of(), null,
                        PoliceInvolvement.NOT_INVOLVED, null, "Support offered", null, null),
                "The outcome", "What we learnt", List.of("What would you have done?"), Set.of(theme), Set.of(6));
    }

    private void changeCaseStudy(long id, Consumer<CaseStudy> change) {
        transaction.executeWithoutResult(status -> change.accept(caseStudies.findById(id).orElseThrow()));
    }

    private void changeStory(long id, Consumer<Story> change) {
        transaction.executeWithoutResult(status -> change.accept(stories.findById(id).orElseThrow()));
    }

    private static byte[] randomHash() {
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        return hash;
    }
}
