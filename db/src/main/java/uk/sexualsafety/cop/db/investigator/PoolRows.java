package uk.sexualsafety.cop.db.investigator;

import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What matching reads about a set of investigators, one query's rows per collection, by investigator id. Plain
 * values, no entities, so that it can be kept and read outside any transaction.
 *
 * @param investigators      in order of id
 * @param openCases          assignments accepted and neither closed nor withdrawn
 * @param pendingOffers      offers still waiting for the investigator's answer
 * @param recentAssignments  assignments accepted since the date asked for and not withdrawn, for fairness
 */
public record PoolRows(List<Profile> investigators, Map<Long, Set<Specialism>> specialisms,
                       Map<Long, List<Accreditation>> accreditations, Map<Long, Set<NhsRegion>> regions,
                       Map<Long, Set<Long>> icbIds, Map<Long, Set<Nation>> nations,
                       Map<Long, List<DatePeriod>> unavailable, Map<Long, List<EmploymentAt>> employment,
                       Map<Long, Set<Long>> conflictOrganisationIds, Map<Long, Integer> openCases,
                       Map<Long, Integer> pendingOffers, Map<Long, Integer> recentAssignments) {

    /** One investigator's own row. */
    public record Profile(long id, long accountId, String displayName, PoolStatus status, boolean onSite,
                          boolean remote, int casesAtOnce, int daysPerMonth) {
    }

    /** The investigators a query covers: by status, and by a range of ids, so that one shape serves one or all. */
    public record Scope(Set<PoolStatus> statuses, long fromId, long toId) {

        public static Scope all(Set<PoolStatus> statuses) {
            return new Scope(statuses, Long.MIN_VALUE, Long.MAX_VALUE);
        }

        public static Scope one(long investigatorId) {
            return new Scope(Set.of(PoolStatus.values()), investigatorId, investigatorId);
        }
    }
}
