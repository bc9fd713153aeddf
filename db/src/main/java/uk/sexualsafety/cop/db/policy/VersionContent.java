package uk.sexualsafety.cop.db.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One uploaded version as it is stored: its label and dates, what its file is, and the text read from it.
 *
 * @param mediaType     the type the portal detected from the file's content, never the browser's claim
 * @param sha256        the file's SHA-256, 32 bytes
 * @param textTruncated whether the text stops at the portal's limit before the end of the document
 */
public record VersionContent(String label, LocalDate effectiveOn, LocalDate reviewDueOn, String fileName,
                             String mediaType, long fileSize, byte[] sha256, String text, boolean textTruncated) {

    public VersionContent {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(reviewDueOn, "reviewDueOn");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        if (reviewDueOn.isBefore(effectiveOn)) {
            throw new IllegalArgumentException("A review cannot be due before the policy takes effect");
        }
        if (fileSize < 1) {
            throw new IllegalArgumentException("A policy's file cannot be empty");
        }
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("sha256 must be 32 bytes");
        }
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    @Override
    public String toString() {
        // Never the text or the file name: this may reach a log.
        return "VersionContent[label=" + label + ", effectiveOn=" + effectiveOn + ", reviewDueOn=" + reviewDueOn
                + ", mediaType=" + mediaType + ", fileSize=" + fileSize + "]";
    }
}
