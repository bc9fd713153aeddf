package uk.sexualsafety.cop.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.investigator.InvestigationRequestRepository;
import uk.sexualsafety.cop.db.investigator.InvestigatorRepository;
import uk.sexualsafety.cop.db.casestudy.CaseStudy;
import uk.sexualsafety.cop.db.embedded.EmbeddedMariaDb;
import uk.sexualsafety.cop.db.casestudy.CaseStudyContent;
import uk.sexualsafety.cop.db.casestudy.CaseStudyRepository;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyComment;
import uk.sexualsafety.cop.db.casestudy.discussion.CaseStudyCommentRepository;
import uk.sexualsafety.cop.db.member.Account;
import uk.sexualsafety.cop.db.member.AccountRepository;
import uk.sexualsafety.cop.db.member.MembershipRequest;
import uk.sexualsafety.cop.db.member.MembershipRequestRepository;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.resource.ResourceRepository;
import uk.sexualsafety.cop.db.story.Story;
import uk.sexualsafety.cop.db.story.StoryContent;
import uk.sexualsafety.cop.db.story.StoryRepository;
import uk.sexualsafety.cop.moderation.workflow.Actor;
import uk.sexualsafety.cop.moderation.workflow.Decision;
import uk.sexualsafety.cop.moderation.workflow.ItemReview;
import uk.sexualsafety.cop.moderation.workflow.ModerationAction;
import uk.sexualsafety.cop.moderation.workflow.ModerationWorkflow;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Demo accounts (one per role, all with the password in {@link #PASSWORD}) and resources, loaded once into an
 * empty database when the {@code demo} profile is on and {@link DemoDataGuard} agrees: into the embedded database,
 * or into an external server only when the profile was named. Never in tests or production.
 */
@Component
@Profile(DemoDataGuard.PROFILE)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "community-of-practice";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final ResourceRepository resources;
    private final MembershipRequestRepository requests;
    private final StoryRepository stories;
    private final CaseStudyRepository caseStudies;
    private final CaseStudyCommentRepository comments;
    private final InvestigatorRepository investigators;
    private final InvestigationRequestRepository investigationRequests;
    private final ModerationWorkflow workflow;
    private final DemoPolicies demoPolicies;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final DemoSecondFactors secondFactors;
    private final Clock clock;
    private final Environment environment;
    private final ObjectProvider<EmbeddedMariaDb> embeddedDatabase;

    DemoData(AccountRepository accounts, OrganisationRepository organisations, ResourceRepository resources,
             MembershipRequestRepository requests, StoryRepository stories, CaseStudyRepository caseStudies,
             CaseStudyCommentRepository comments, ModerationWorkflow workflow,
             InvestigatorRepository investigators, InvestigationRequestRepository investigationRequests,
             DemoPolicies demoPolicies, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
             DemoSecondFactors secondFactors, Clock clock, Environment environment,
             ObjectProvider<EmbeddedMariaDb> embeddedDatabase) {
        this.secondFactors = secondFactors;
        this.environment = environment;
        this.embeddedDatabase = embeddedDatabase;
        this.demoPolicies = demoPolicies;
        this.investigators = investigators;
        this.investigationRequests = investigationRequests;
        this.stories = stories;
        this.caseStudies = caseStudies;
        this.comments = comments;
        this.workflow = workflow;
        this.accounts = accounts;
        this.organisations = organisations;
        this.resources = resources;
        this.requests = requests;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoDataGuard.Decision decision = DemoDataGuard.decide(DemoDataGuard.profileNamed(environment),
                embeddedDatabase.getIfAvailable() != null, accounts.count() > 0);
        if (decision == DemoDataGuard.Decision.LOAD) {
            transaction.executeWithoutResult(status -> load());
            log.info(decision.message());
        } else if (decision == DemoDataGuard.Decision.EXTERNAL_DATABASE) {
            log.warn(decision.message());
        } else {
            log.info(decision.message());
        }
    }

    private void load() {
        String hash = passwordEncoder.encode(PASSWORD);
        Instant now = clock.instant();
        Organisation las = organisation("London Ambulance Service NHS Trust");
        Organisation yas = organisation("Yorkshire Ambulance Service NHS Trust");
        Organisation wast = organisation("Welsh Ambulance Services University NHS Trust");
        Organisation nhse = organisation("NHS England");
        long member = account("member@demo.nhs.net", "Morgan Member", "Employee relations adviser", hash, las, now,
                Role.MEMBER);
        account("contributor@demo.nhs.net", "Casey Contributor", "Paramedic", hash, yas, now, Role.CONTRIBUTOR);
        long moderator = account("moderator@demo.nhs.net", "Maya Moderator", "Community facilitator", hash, nhse,
                now, Role.MODERATOR, Role.MEMBER);
        long secondModerator = account("moderator2@demo.nhs.net", "Noor Moderator", "Wellbeing guardian", hash,
                yas, now, Role.MODERATOR, Role.MEMBER);
        long requester = account("requester@demo.nhs.net", "Riley Requester", "Head of employee relations", hash,
                yas, now, Role.TRUST_REQUESTER, Role.MEMBER);
        long investigator = account("investigator@demo.nhs.net", "Ira Investigator", "Independent investigator", hash,
                wast, now, Role.INVESTIGATOR);
        long secondInvestigator = account("investigator2@demo.nhs.net", "Olu Investigator",
                "Independent investigator", hash, las, now, Role.INVESTIGATOR);
        account("coordinator@demo.nhs.net", "Cam Coordinator", "Investigator pool coordinator", hash, nhse, now,
                Role.POOL_COORDINATOR, Role.MEMBER);
        account("admin@demo.nhs.net", "Ash Administrator", "Platform administrator", hash, nhse, now,
                Role.ADMINISTRATOR);
        MembershipRequest jordan = new MembershipRequest("Jordan Applicant", "jordan.applicant@nhs.net",
                "Freedom to Speak Up guardian", las, "To learn from other trusts' case studies", now);
        jordan.confirm(hash, now);
        requests.save(jordan);
        DemoResources.all(now).forEach(resources::save);
        published(DemoStories.publishedAboutBystanders(), now, moderator, secondModerator);
        published(DemoStories.publishedAboutPatients(), now, moderator, secondModerator);
        investigators.save(DemoPool.activeInvestigator(investigator, "Ira Investigator", "ira@demo.example",
                wast, EnumSet.of(NhsRegion.NORTH_EAST_AND_YORKSHIRE, NhsRegion.NORTH_WEST), now));
        investigators.save(DemoPool.activeInvestigator(secondInvestigator, "Olu Investigator", "olu@demo.example",
                las, EnumSet.allOf(NhsRegion.class), now));
        investigationRequests.save(DemoPool.openRequest(yas, requester, LocalDate.now(clock), now));
        demoPolicies.load(las, member, yas, requester, LocalDate.now(clock), now);
        Story waiting = stories.save(Story.anonymous(codeHash(), codeHash(), DemoStories.waitingForModeration(),
                false, now));
        workflow.submit("story", waiting.getId(), null, false);
        long placement = caseStudy(member, DemoCaseStudies.studentOnPlacement(false), now);
        publishCaseStudy(placement, DemoCaseStudies.studentOnPlacement(false), member, moderator, now);
        publishCaseStudy(placement, DemoCaseStudies.studentOnPlacement(true), member, moderator, now);
        CaseStudyContent patient = DemoCaseStudies.patientOnAJob(las.getId());
        publishCaseStudy(caseStudy(member, patient, now), patient, member, moderator, now);
        caseStudy(member, DemoCaseStudies.draftAboutCounterClaims(), now);
        long question = comment(placement, null, secondModerator, "We now brief every student before their first "
                + "placement on how to raise a concern without going through their mentor. Has anyone measured "
                + "whether students use it?", moderator, now);
        comment(placement, question, requester, "Our placement team asks at each end-of-placement review; two "
                + "concerns were raised that way last year.", moderator, now);
        comment(placement, null, requester, "Did the review group include anyone from outside the station?", null,
                now);
    }

    /** A member's comment, approved by {@code moderator} through the workflow, or left waiting when null. */
    private long comment(long caseStudy, Long parent, long author, String text, Long moderator, Instant now) {
        CaseStudyComment comment = comments.saveAndFlush(new CaseStudyComment(caseStudy, parent, author, text,
                false, now));
        ItemReview item = workflow.submit("case-study-comment", comment.getId(), author, false);
        if (moderator != null) {
            workflow.perform(item.itemId(), ModerationAction.APPROVE, Decision.NONE, Actor.account(moderator),
                    item.version());
        }
        return comment.getId();
    }

    /** A member's draft case study. */
    private long caseStudy(long author, CaseStudyContent content, Instant now) {
        CaseStudy study = caseStudies.saveAndFlush(new CaseStudy(author, now));
        study.writeDraft(content, now);
        caseStudies.flush();
        return study.getId();
    }

    /** Sent by its author and approved by a moderator through the workflow, as any case study is published. */
    private void publishCaseStudy(long id, CaseStudyContent content, long author, long moderator, Instant now) {
        CaseStudy study = caseStudies.findById(id).orElseThrow();
        study.submit(content, now);
        caseStudies.flush();
        ItemReview item = workflow.submit("case-study", id, author, false);
        workflow.perform(item.itemId(), ModerationAction.APPROVE, Decision.NONE, Actor.account(moderator),
                item.version());
        caseStudies.flush();
    }

    /** Published as any story is: submitted, then approved by two moderators through the workflow. */
    private void published(StoryContent content, Instant now, long moderator, long secondModerator) {
        Story story = stories.save(Story.anonymous(codeHash(), codeHash(), content, false, now));
        ItemReview item = workflow.submit("story", story.getId(), null, false);
        ItemReview once = workflow.perform(item.itemId(), ModerationAction.APPROVE, Decision.NONE,
                Actor.account(moderator), item.version());
        workflow.perform(item.itemId(), ModerationAction.APPROVE, Decision.NONE, Actor.account(secondModerator),
                once.version());
    }

    /** Demo stories have codes nobody holds. */
    private static byte[] codeHash() {
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        return hash;
    }

    private Organisation organisation(String name) {
        return organisations.findByNameIgnoreCase(name).orElseThrow();
    }

    private long account(String email, String name, String jobTitle, String hash, Organisation organisation,
                         Instant now, Role... roles) {
        Account account = accounts.save(new Account(email, name, jobTitle, hash, organisation,
                EnumSet.copyOf(Set.of(roles)), now));
        secondFactors.enrolIfNeeded(account);
        return account.getId();
    }
}
