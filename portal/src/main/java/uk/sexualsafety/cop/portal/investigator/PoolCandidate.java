package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the matching needs to know about one investigator, loaded for the whole pool at once by
 * {@link CandidateLoader}. Immutable and free of JPA, so that matching runs outside any transaction.
 *
 * @param openCases               assignments accepted and neither closed nor withdrawn
 * @param openCaseDays            the estimated days of those assignments
 * @param pendingOffers           offers still waiting for this investigator's answer
 * @param assignmentsLast12Months assignments accepted in the last twelve months and not withdrawn, for fairness
 */
record PoolCandidate(long investigatorId, long accountId, String displayName, PoolStatus status,
                     Set<Specialism> specialisms, List<Accreditation> accreditations, Set<NhsRegion> regions,
                     Set<Long> icbIds, Set<Nation> nations, boolean onSite, boolean remote, int casesAtOnce,
                     int daysPerMonth, int openCases, int openCaseDays, int pendingOffers,
                     List<DatePeriod> unavailable, List<EmploymentAt> employment, List<ConflictWith> conflicts,
                     int assignmentsLast12Months) {

    PoolCandidate {
        specialisms = Set.copyOf(specialisms);
        accreditations = List.copyOf(accreditations);
        regions = Set.copyOf(regions);
        icbIds = Set.copyOf(icbIds);
        nations = Set.copyOf(nations);
        unavailable = List.copyOf(unavailable);
        employment = List.copyOf(employment);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * Employment or a contract with an organisation; {@code icbId} is the organisation's ICB (empty outside England
     * and for national bodies), {@code to} is empty while it lasts.
     */
    record EmploymentAt(long organisationId, String organisationName, Long icbId, LocalDate from, LocalDate to) {
    }

    /** A conflict the investigator declared with an organisation (its description stays out of matching). */
    record ConflictWith(long organisationId, String organisationName) {
    }
}
