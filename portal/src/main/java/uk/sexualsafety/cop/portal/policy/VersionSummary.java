package uk.sexualsafety.cop.portal.policy;

import java.time.LocalDate;

/** One version in a policy's history. */
public record VersionSummary(long id, int number, String label, LocalDate effectiveOn, String fileName,
                             String formatLabel, long fileSize, LocalDate uploadedOn, boolean current) {
}
