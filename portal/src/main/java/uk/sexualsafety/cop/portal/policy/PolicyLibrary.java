package uk.sexualsafety.cop.portal.policy;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.policy.CommitmentCoverage;
import uk.sexualsafety.cop.db.policy.Policy;
import uk.sexualsafety.cop.db.policy.PolicyListing;
import uk.sexualsafety.cop.db.policy.PolicyRepository;
import uk.sexualsafety.cop.db.policy.PolicyVersion;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.VersionListing;
import uk.sexualsafety.cop.db.taxonomy.CharterCommitmentRepository;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentFormat;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared policy library for members: every organisation's active policies, each with its versions and text, and
 * which Charter commitments each organisation's policies cover. Withdrawn policies are not found by any call.
 */
@Service
@RolesAllowed(Role.Names.MEMBER)
public class PolicyLibrary {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final CharterCommitmentRepository commitments;
    private final CurrentUser currentUser;
    private final Clock clock;

    PolicyLibrary(PolicyRepository policies, PolicyVersionRepository versions,
                  CharterCommitmentRepository commitments, CurrentUser currentUser, Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.commitments = commitments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Active policies matching the filter, most recently changed first. */
    @Transactional(readOnly = true)
    public List<PolicySummary> browse(PolicyFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        LocalDate today = PolicyDates.today(clock);
        return policies.browse(filter.type(), filter.organisationId(), filter.nation(), filter.icbId(),
                        filter.commitment(), filter.overdueOnly(), today, PageRequest.of(Math.max(0, offset) / size, size))
                .stream().map(listing -> summary(listing, today)).toList();
    }

    @Transactional(readOnly = true)
    public long count(PolicyFilter filter) {
        return policies.countBrowsable(filter.type(), filter.organisationId(), filter.nation(), filter.icbId(),
                filter.commitment(), filter.overdueOnly(), PolicyDates.today(clock));
    }

    /**
     * One active policy with its current text and every version.
     *
     * @throws PolicyNotFoundException for a withdrawn or unknown policy
     */
    @Transactional(readOnly = true)
    public PolicyPage policy(long policyId) {
        Policy policy = policies.findById(policyId).filter(Policy::isPublished)
                .orElseThrow(PolicyNotFoundException::new);
        PolicyVersion current = policy.getCurrentVersion().orElseThrow();
        LocalDate today = PolicyDates.today(clock);
        List<VersionSummary> history = versions.findListings(policyId).stream()
                .map(version -> summary(version, version.id() == current.getId())).toList();
        Long myOrganisation = currentUser.require().organisationId();
        return new PolicyPage(policy.getId(), policy.getVersion(), policy.getTitle(), policy.getType(),
                policy.getSummary(), policy.isAdaptable(), policy.getOrganisation().getId(),
                policy.getOrganisation().getName(), commitmentsOf(policy.getCommitments()), current.getLabel(),
                current.getEffectiveOn(), current.getReviewDueOn(), current.getReviewDueOn().isBefore(today),
                current.getText(), current.isTextTruncated(), history,
                Objects.equals(myOrganisation, policy.getOrganisation().getId()));
    }

    /** Organisations with at least one active policy, by name; those without would only show empty rows. */
    @Transactional(readOnly = true)
    public CoverageMatrix coverage() {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Set<Integer>> covered = new LinkedHashMap<>();
        for (Object[] organisation : policies.findOrganisationsWithPolicies()) {
            names.put((Long) organisation[0], (String) organisation[1]);
            covered.put((Long) organisation[0], new TreeSet<>());
        }
        for (CommitmentCoverage cell : policies.findCoverage()) {
            covered.computeIfAbsent(cell.organisationId(), id -> new TreeSet<>()).add(cell.commitmentNumber());
            names.putIfAbsent(cell.organisationId(), cell.organisationName());
        }
        List<CoverageMatrix.Row> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(new CoverageMatrix.Row(id, name, covered.get(id))));
        return new CoverageMatrix(commitmentOptions(), rows);
    }

    /** The organisations that have shared policies, for the library's filter. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisationsWithPolicies() {
        return policies.findOrganisationsWithPolicies().stream()
                .map(row -> new OrganisationOption((Long) row[0], (String) row[1])).toList();
    }

    /** The ten Charter commitments, in order. */
    @Transactional(readOnly = true)
    public List<CommitmentOption> commitmentOptions() {
        return commitments.findAllByOrderByNumber().stream()
                .map(commitment -> new CommitmentOption(commitment.getNumber(), commitment.getShortTitle())).toList();
    }

    private List<CommitmentOption> commitmentsOf(Set<Integer> numbers) {
        return commitmentOptions().stream().filter(option -> numbers.contains(option.number())).toList();
    }

    private static PolicySummary summary(PolicyListing listing, LocalDate today) {
        return new PolicySummary(listing.id(), listing.title(), listing.type(), listing.organisationName(),
                listing.versionLabel(), listing.effectiveOn(), listing.reviewDueOn(),
                listing.reviewDueOn().isBefore(today), listing.adaptable());
    }

    private static VersionSummary summary(VersionListing version, boolean current) {
        return new VersionSummary(version.id(), version.number(), version.label(), version.effectiveOn(),
                version.fileName(), formatLabel(version.mediaType()), version.fileSize(),
                version.uploadedAt().atZone(ZoneOffset.UTC).withZoneSameInstant(PolicyDates.UK).toLocalDate(),
                current);
    }

    static String formatLabel(String mediaType) {
        return DocumentFormat.ofMediaType(mediaType).map(DocumentFormat::label).orElse(mediaType);
    }
}
