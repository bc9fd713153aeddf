package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.db.policy.PolicyType;

import java.time.LocalDate;
import java.util.List;

/**
 * One policy in full for its page: its description, its current version with the text, and every version.
 *
 * @param version    the policy's version for optimistic locking, given back with a change
 * @param mayChange  whether the reader belongs to the policy's organisation (the server checks again on change)
 * @param versions   newest first; the first is the current one
 */
public record PolicyPage(long id, long version, String title, PolicyType type, String summary, boolean adaptable,
                         long organisationId, String organisationName, List<CommitmentOption> commitments,
                         String versionLabel, LocalDate effectiveOn, LocalDate reviewDueOn, boolean reviewOverdue,
                         String text, boolean textTruncated, List<VersionSummary> versions, boolean mayChange) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public PolicyRef ref() {
        return new PolicyRef(id, version);
    }

    public PolicyPage {
        commitments = List.copyOf(commitments);
        versions = List.copyOf(versions);
    }

    public VersionSummary currentVersion() {
        return versions.getFirst();
    }

    /** The text's paragraphs, in order. */
    public List<String> paragraphs() {
        return text.isBlank() ? List.of() : List.of(text.split("\n\n"));
    }

    @Override
    public String toString() {
        // Never the text: this may reach a log.
        return "PolicyPage[id=" + id + ", version=" + version + "]";
    }
}
