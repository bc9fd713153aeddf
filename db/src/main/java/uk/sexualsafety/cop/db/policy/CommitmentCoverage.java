package uk.sexualsafety.cop.db.policy;

/** That an organisation has an active policy addressing a Charter commitment. */
public record CommitmentCoverage(long organisationId, String organisationName, int commitmentNumber) {
}
