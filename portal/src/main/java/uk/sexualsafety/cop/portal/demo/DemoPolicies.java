package uk.sexualsafety.cop.portal.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyDescription;
import uk.sexualsafety.cop.db.policy.PolicyFilePart;
import uk.sexualsafety.cop.db.policy.PolicyFilePartRepository;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyType;
import uk.sexualsafety.cop.db.policy.PolicyVersion;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.VersionContent;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentExtractor;
import uk.sexualsafety.cop.portal.policy.extraction.ExtractedDocument;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo's policy library: three local policies written for the demo, as PDF and Word files made at start-up and
 * read by the same extractor as any upload. One has two versions; one is overdue for review; one is due for review
 * within the month, so its owners' reminder goes out at the next morning's run. Dates follow today's.
 */
@Component
@Profile("demo")
class DemoPolicies {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PolicyFilePartRepository parts;
    private final DocumentExtractor extractor;

    DemoPolicies(PolicyRepository policies, PolicyVersionRepository versions, PolicyFilePartRepository parts,
                 DocumentExtractor extractor) {
        this.policies = policies;
        this.versions = versions;
        this.parts = parts;
        this.extractor = extractor;
    }

    /** In the demo data's transaction. */
    void load(Organisation memberOrganisation, long member, Organisation requesterOrganisation, long requester,
              LocalDate today, Instant now) {
        Policy safety = policies.save(new Policy(memberOrganisation, new PolicyDescription("Sexual safety policy",
                PolicyType.SEXUAL_SAFETY, "What sexual safety means at work, the behaviour expected of everyone "
                + "including witnesses, how to raise a concern (with or without your line manager), and the "
                + "support offered to everyone involved while a concern is looked into.", Set.of(1, 2, 4, 5, 6, 8),
                true), member, now));
        version(safety, "2.0", today.minusYears(3), today.minusYears(1), "Sexual safety policy v2.0.pdf",
                DemoDocuments.pdf("Sexual safety policy, version 2.0", SAFETY_V2), member, now);
        version(safety, "3.0", today.minusMonths(5), today.plusMonths(19), "Sexual safety policy v3.0.pdf",
                DemoDocuments.pdf("Sexual safety policy, version 3.0", SAFETY_V3), member, now);

        Policy speakingUp = policies.save(new Policy(requesterOrganisation, new PolicyDescription(
                "Speaking up policy", PolicyType.SPEAKING_UP, "How staff, students and volunteers can speak up "
                + "about anything that gets in the way of safe care or a safe workplace, including through our "
                + "Freedom to Speak Up guardians, and what happens after they do.", Set.of(2, 8, 9), false),
                requester, now));
        version(speakingUp, "4.1", today.minusYears(3), today.minusMonths(2), "Speaking up policy.docx",
                DemoDocuments.docx("Speaking up policy", SPEAKING_UP), requester, now);

        Policy relationships = policies.save(new Policy(memberOrganisation, new PolicyDescription(
                "Relationships at work policy", PolicyType.RELATIONSHIPS_AT_WORK, "When colleagues who are in a "
                + "relationship should tell their manager, and how we avoid one partner managing, assessing or "
                + "investigating the other.", Set.of(5, 6), true), member, now));
        version(relationships, "1.1", today.minusYears(2), today.plusDays(20), "Relationships at work.pdf",
                DemoDocuments.pdf("Relationships at work policy", RELATIONSHIPS), member, now);
    }

    private void version(Policy policy, String label, LocalDate effective, LocalDate reviewDue, String fileName,
                         byte[] file, long uploader, Instant now) {
        ExtractedDocument document = extractor.extract(file);
        PolicyVersion version = versions.save(policy.addVersion(new VersionContent(label, effective, reviewDue,
                fileName, document.format().mediaType(), file.length, sha256(file), document.text(),
                document.truncated()), uploader, now));
        parts.saveAll(PolicyFilePart.split(version.getId(), file));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> SAFETY_V2 = List.of(
            "1. Purpose. This policy sets out how the service prevents sexual harassment and responds when it "
                    + "happens.",
            "2. Scope. It applies to all employees, bank staff, volunteers and students on placement.",
            "3. Reporting. Concerns should be raised with a line manager or, where that is not appropriate, with "
                    + "Human Resources.");

    private static final List<String> SAFETY_V3 = List.of(
            "1. Why this policy matters. Everyone who works or learns with us has the right to be safe from unwanted "
                    + "sexual behaviour, from colleagues and from patients and the public alike. Since October 2024 "
                    + "we also have a legal duty to take reasonable steps to prevent it.",
            "2. Who it covers. Employees, bank and agency staff, volunteers, students and learners on placement, "
                    + "and contractors working on our sites and vehicles.",
            "3. What we expect of everyone. Treat colleagues with respect. If you see unwanted sexual behaviour, "
                    + "act if it is safe to: interrupt it, check on the person affected, and report what you saw. "
                    + "Staying silent is not neutral.",
            "4. How to raise a concern. Tell your line manager, or use a route that bypasses your line "
                    + "management: the sexual safety lead, a Freedom to Speak Up guardian, or the confidential "
                    + "reporting line. You can raise a concern anonymously.",
            "5. What happens next. A trained colleague contacts you within two working days. A risk assessment "
                    + "covers everyone involved, and interim measures, such as changing shift patterns or rosters, "
                    + "are considered at once.",
            "6. Support. Everyone involved is offered support, including occupational health, the employee "
                    + "assistance programme and, where someone has been assaulted, the local sexual assault "
                    + "referral centre.",
            "7. Decisions. Decisions on formal action are made by a panel that includes at least one member "
                    + "independent of the station or department concerned.");

    private static final List<String> SPEAKING_UP = List.of(
            "Speaking up is welcome here. Anyone who works or learns with us can speak up about anything that "
                    + "gets in the way of patient care or a safe working environment.",
            "You can speak up to your line manager, to a senior leader, or to one of our Freedom to Speak Up "
                    + "guardians, who are independent of line management and report to the board.",
            "We will thank you, listen, and tell you what happens next. Nobody will suffer detriment for "
                    + "speaking up, and we treat any suggestion of detriment as a serious matter in its own right.",
            "If you are not satisfied with the response, you can go to the National Guardian's Office or to a "
                    + "regulator.");

    private static final List<String> RELATIONSHIPS = List.of(
            "Relationships between colleagues are a private matter. Where one partner could influence the other's "
                    + "work, pay, rota, assessment or career, the more senior partner must tell their manager "
                    + "so that another colleague takes those decisions.",
            "Nobody may supervise, mentor or assess a student or learner with whom they are in a relationship.",
            "A relationship never excuses unwanted behaviour. If a relationship ends, both people are entitled "
                    + "to work without harassment, and either can ask for support or a change of rota.");
}
