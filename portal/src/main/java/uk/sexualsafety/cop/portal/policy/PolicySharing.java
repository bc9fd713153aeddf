package uk.sexualsafety.cop.portal.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Organisation;
import uk.sexualsafety.cop.db.organisation.OrganisationRepository;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyDescription;
import uk.sexualsafety.cop.db.policy.PolicyFilePart;
import uk.sexualsafety.cop.db.policy.PolicyFilePartRepository;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyStatus;
import uk.sexualsafety.cop.db.policy.PolicyVersion;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.VersionContent;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentExtractor;
import uk.sexualsafety.cop.portal.policy.extraction.ExtractedDocument;
import uk.sexualsafety.cop.portal.policy.extraction.RefusedDocumentException;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;
import uk.sexualsafety.cop.portal.validation.OptimisticLock;
import uk.sexualsafety.cop.portal.validation.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Members share their own organisation's policies: a new policy, a new version of one, a change to its description or
 * next review date, or its withdrawal. Each call checks on the server that the policy belongs to the member's own
 * organisation (from their account, never from the request); the file is read before any transaction opens, and is
 * stored, with its text, only when everything about it passed, so a refused file leaves nothing behind.
 */
@Service
@RolesAllowed(Role.Names.MEMBER)
public class PolicySharing {

    static final String AUDIT_TYPE = "policy";
    static final String CHANGED = "This policy changed while you were looking at it: open it again to see the "
            + "change, then make yours.";

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final PolicyFilePartRepository parts;
    private final OrganisationRepository organisations;
    private final DocumentExtractor extractor;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EntityManager entityManager;
    /** Files read for their uploader's check, kept briefly so that saving does not read them again. */
    private final Cache<String, ExtractedDocument> examined;

    PolicySharing(PolicyRepository policies, PolicyVersionRepository versions, PolicyFilePartRepository parts,
                  OrganisationRepository organisations, DocumentExtractor extractor, AuditTrail audit,
                  CurrentUser currentUser, TransactionTemplate transaction, Clock clock,
                  EntityManager entityManager) {
        this.entityManager = entityManager;
        this.policies = policies;
        this.versions = versions;
        this.parts = parts;
        this.organisations = organisations;
        this.extractor = extractor;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
        this.examined = Caffeine.newBuilder()
                .maximumWeight(4L * extractor.limits().maxCharacters())
                .<String, ExtractedDocument>weigher((key, document) -> document.text().length() + 1)
                .expireAfterWrite(Duration.ofMinutes(30))
                .build();
    }

    /** The largest file a member may upload. */
    public long maxFileBytes() {
        return extractor.limits().maxBytes();
    }

    /** The name of the member's own organisation, whose policies they may share; empty when they have none. */
    public java.util.Optional<String> ownOrganisationName() {
        Long organisationId = currentUser.require().organisationId();
        return organisationId == null ? java.util.Optional.empty() : transaction.execute(status -> organisations
                .findById(organisationId).filter(Organisation::isActive).map(Organisation::getName));
    }

    /**
     * Checks a file as soon as it is uploaded, so that its uploader hears at once if it cannot be used.
     *
     * @throws InvalidInputException on {@code file}, with what is wrong with it
     */
    public ExaminedFile examine(UploadedFile file) {
        PortalUser me = currentUser.require();
        ownOrganisationId(me);
        ExtractedDocument document = read(me, file, sha256(file));
        return new ExaminedFile(document.format().label(), file.size(), document.text().length(),
                document.truncated());
    }

    /**
     * Shares a policy of the member's own organisation, with its first version.
     *
     * @return the new policy's id
     * @throws AccessDeniedException  when the member's account belongs to no active organisation
     * @throws InvalidInputException  with a message per field, the file's among them
     */
    public long share(PolicyForm form) {
        PortalUser me = currentUser.require();
        long organisationId = ownOrganisationId(me);
        PolicyValidation.check(form, PolicyDates.today(clock)).throwIfAny();
        byte[] sha256 = sha256(form.file());
        ExtractedDocument document = read(me, form.file(), sha256);
        return transaction.execute(status -> {
            Organisation organisation = organisations.findById(organisationId).filter(Organisation::isActive)
                    .orElseThrow(PolicySharing::noOrganisation);
            Instant now = clock.instant();
            Policy policy = policies.save(new Policy(organisation, description(form.details()), me.accountId(), now));
            PolicyVersion version = store(policy, form, document, sha256, me, now);
            audit.record("POLICY_SHARED", AUDIT_TYPE, policy.getId(), "organisation " + organisationId
                    + ", version " + version.getNumber());
            return policy.getId();
        });
    }

    /**
     * Adds a version that becomes the current one, and updates the description with it; earlier versions stay.
     *
     * @return the new version's number
     * @throws PolicyNotFoundException   for another organisation's policy, a withdrawn or an unknown one
     * @throws ConcurrentChangeException when the policy changed since its owner saw it
     * @throws InvalidInputException     with a message per field, the file's among them
     */
    public int addVersion(PolicyRef policySeen, PolicyForm form) {
        PortalUser me = currentUser.require();
        // Ownership first: nobody makes the server read files for a policy they cannot change.
        transaction.executeWithoutResult(status -> ownPolicy(me, policySeen.id()));
        PolicyValidation.check(form, PolicyDates.today(clock)).throwIfAny();
        byte[] sha256 = sha256(form.file());
        ExtractedDocument document = read(me, form.file(), sha256);
        return changing(() -> transaction.execute(status -> {
            Policy policy = unchanged(ownPolicy(me, policySeen.id()), policySeen.version());
            PolicyVersion current = policy.getCurrentVersion().orElseThrow();
            if (Arrays.equals(current.getSha256(), sha256)) {
                throw InvalidInputException.of(PolicyForm.FILE, "This file is the same as the current version. Choose "
                        + "the new version's file.");
            }
            Instant now = clock.instant();
            policy.describe(description(form.details()), now);
            PolicyVersion version = store(policy, form, document, sha256, me, now);
            audit.record("POLICY_VERSION_ADDED", AUDIT_TYPE, policySeen.id(), "version " + version.getNumber());
            return version.getNumber();
        }));
    }

    /**
     * Changes the description, and records a review that kept the current version by moving its review date.
     *
     * @throws PolicyNotFoundException   for another organisation's policy, a withdrawn or an unknown one
     * @throws ConcurrentChangeException when the policy changed since its owner saw it
     * @throws InvalidInputException     with a message per field
     */
    public void changeDetails(PolicyRef policySeen, PolicyDetailsForm form) {
        PortalUser me = currentUser.require();
        changing(() -> transaction.execute(status -> {
            Policy policy = unchanged(ownPolicy(me, policySeen.id()), policySeen.version());
            PolicyVersion current = policy.getCurrentVersion().orElseThrow();
            Problems problems = PolicyValidation.details(form, current.getEffectiveOn(), PolicyDates.today(clock));
            problems.throwIfAny();
            Instant now = clock.instant();
            policy.describe(description(form), now);
            audit.record("POLICY_DETAILS_CHANGED", AUDIT_TYPE, policySeen.id(), null);
            if (!form.reviewDueOn().equals(current.getReviewDueOn())) {
                policy.recordReview(form.reviewDueOn(), now);
                audit.record("POLICY_REVIEW_RECORDED", AUDIT_TYPE, policySeen.id(), "version " + current.getNumber());
            }
            return null;
        }));
    }

    /**
     * Takes the policy out of the library and search at once.
     *
     * @throws PolicyNotFoundException   for another organisation's policy, a withdrawn or an unknown one
     * @throws ConcurrentChangeException when the policy changed since its owner saw it
     */
    public void withdraw(PolicyRef policySeen) {
        PortalUser me = currentUser.require();
        changing(() -> transaction.execute(status -> {
            unchanged(ownPolicy(me, policySeen.id()), policySeen.version()).withdraw(clock.instant());
            audit.record("POLICY_WITHDRAWN", AUDIT_TYPE, policySeen.id(), null);
            return null;
        }));
    }

    private PolicyVersion store(Policy policy, PolicyForm form, ExtractedDocument document, byte[] sha256,
                                PortalUser me, Instant now) {
        VersionContent content = new VersionContent(form.versionLabel().strip(), form.effectiveOn(),
                form.reviewDueOn(), form.file().fileName(), document.format().mediaType(), form.file().size(),
                sha256, document.text(), document.truncated());
        PolicyVersion version = versions.save(policy.addVersion(content, me.accountId(), now));
        storeParts(version.getId(), form.file());
        return version;
    }

    /** The file into the database a part at a time, each written and let go before the next is read. */
    private void storeParts(long versionId, UploadedFile file) {
        try (InputStream in = file.open()) {
            int number = 0;
            for (byte[] part = in.readNBytes(PolicyFilePart.PART_SIZE); part.length > 0;
                 part = in.readNBytes(PolicyFilePart.PART_SIZE)) {
                PolicyFilePart saved = parts.saveAndFlush(PolicyFilePart.part(versionId, number++, part));
                entityManager.detach(saved);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("An uploaded file could not be read back", e);
        }
    }

    private ExtractedDocument read(PortalUser me, UploadedFile file, byte[] sha256) {
        String key = me.accountId() + ":" + HexFormat.of().formatHex(sha256);
        ExtractedDocument known = examined.getIfPresent(key);
        if (known != null) {
            return known;
        }
        try {
            ExtractedDocument document = extractor.extract(file.path());
            examined.put(key, document);
            return document;
        } catch (RefusedDocumentException refused) {
            throw InvalidInputException.of(PolicyForm.FILE, refused.getMessage());
        }
    }

    private long ownOrganisationId(PortalUser me) {
        if (me.organisationId() == null) {
            throw noOrganisation();
        }
        return me.organisationId();
    }

    private Policy ownPolicy(PortalUser me, long policyId) {
        return policies.findById(policyId).filter(found -> found.getStatus() == PolicyStatus.ACTIVE)
                .filter(found -> Objects.equals(me.organisationId(), found.getOrganisation().getId()))
                .orElseThrow(PolicyNotFoundException::notYoursToChange);
    }

    private static Policy unchanged(Policy policy, long expectedVersion) {
        OptimisticLock.requireVersion(policy.getVersion(), expectedVersion, CHANGED);
        return policy;
    }

    /** Runs a change; another person's change that commits first makes this one fail cleanly. */
    private <T> T changing(java.util.function.Supplier<T> change) {
        return OptimisticLock.guardUniqueKeys(CHANGED, change);
    }

    private static PolicyDescription description(PolicyDetailsForm form) {
        return new PolicyDescription(form.title().strip(), form.type(), form.summary().strip(), form.commitments(),
                form.adaptable());
    }

    private static AccessDeniedException noOrganisation() {
        return new AccessDeniedException("Your account belongs to no organisation in the directory, so you cannot "
                + "share policies: ask an administrator to set your organisation.");
    }

    private static byte[] sha256(UploadedFile file) {
        try (InputStream in = new DigestInputStream(file.open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException("An uploaded file could not be read", e);
        }
    }
}
