package uk.sexualsafety.cop.portal.policy;

import uk.sexualsafety.cop.db.policy.PolicyType;

import java.time.LocalDate;
import java.util.Set;

/**
 * A policy to share, or a new version of one: its description and the version's label, dates and file. Problems come
 * back per component name.
 *
 * @param commitments the numbers (1 to 10) of the Charter commitments it addresses
 * @param adaptable   whether other organisations may adapt it for their own use
 * @param file        the policy's file; required
 */
public record PolicyForm(String title, PolicyType type, String versionLabel, LocalDate effectiveOn,
                         LocalDate reviewDueOn, String summary, Set<Integer> commitments, boolean adaptable,
                         UploadedFile file) {

    public static final String TITLE = "title";
    public static final String TYPE = "type";
    public static final String VERSION_LABEL = "versionLabel";
    public static final String EFFECTIVE_ON = "effectiveOn";
    public static final String REVIEW_DUE_ON = "reviewDueOn";
    public static final String SUMMARY = "summary";
    public static final String COMMITMENTS = "commitments";
    public static final String FILE = "file";
    public static final int MAX_TITLE = 200;
    public static final int MAX_VERSION_LABEL = 40;
    public static final int MAX_SUMMARY = 4000;

    public PolicyForm {
        commitments = commitments == null ? Set.of() : Set.copyOf(commitments);
    }

    PolicyDetailsForm details() {
        return new PolicyDetailsForm(title, type, summary, commitments, adaptable, reviewDueOn);
    }
}
