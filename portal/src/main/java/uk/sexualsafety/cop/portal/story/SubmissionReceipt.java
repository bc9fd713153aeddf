package uk.sexualsafety.cop.portal.story;

import java.util.Optional;

/**
 * What a contributor is told once, after submitting. An anonymous contributor gets the only copies of their codes.
 *
 * @param urgent whether the text suggested someone may be at risk now: the confirmation then shows where to get help
 */
public record SubmissionReceipt(long storyId, String receiptCode, String recoveryCode, boolean urgent) {

    public Optional<String> receipt() {
        return Optional.ofNullable(receiptCode);
    }

    public Optional<String> recovery() {
        return Optional.ofNullable(recoveryCode);
    }

    /** Leaves the codes out, so that logging a receipt never logs them. */
    @Override
    public String toString() {
        return "SubmissionReceipt[story " + storyId + ", urgent " + urgent + "]";
    }
}
