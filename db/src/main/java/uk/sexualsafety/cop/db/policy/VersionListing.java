package uk.sexualsafety.cop.db.policy;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a policy as its history lists it, read without its text or file. */
public record VersionListing(long id, int number, String label, LocalDate effectiveOn, LocalDate reviewDueOn,
                             String fileName, String mediaType, long fileSize, Instant uploadedAt) {
}
