package uk.sexualsafety.cop.db.investigator;

import java.time.Instant;
import java.util.List;

/** The bulk reads behind matching, as a fragment of {@link InvestigatorRepository}. */
public interface InvestigatorPoolQueries {

    /**
     * Everything matching needs about the investigators in scope, in twelve queries however many there are: one per
     * collection or count over all of them at once, as scalar rows.
     *
     * @param assignmentsSince assignments accepted from then on count as recent
     */
    PoolRows poolRows(PoolRows.Scope scope, Instant assignmentsSince);

    /**
     * The state of every table the pool is read from, in one query: each change to a profile, an offer, an
     * assignment or an organisation adds a row or raises a version, so equal fingerprints mean an unchanged pool.
     */
    List<Object> poolFingerprint();
}
