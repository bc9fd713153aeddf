package uk.sexualsafety.cop.db.policy;

/** What a download needs to know about a version's file before reading its parts. */
public record StoredFile(long versionId, long policyId, PolicyStatus policyStatus, String fileName,
                         String mediaType, long fileSize) {
}
