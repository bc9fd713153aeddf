package uk.sexualsafety.cop.portal.investigator.matching;

import uk.sexualsafety.cop.db.investigator.Accreditation;
import uk.sexualsafety.cop.db.investigator.DatePeriod;
import uk.sexualsafety.cop.db.investigator.EmploymentAt;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An investigator in the pool as matching sees them, loaded with everything it needs so that matching reads no more.
 *
 * @param openCases                  the assignments they are working on now
 * @param committedDaysInWantedMonth days already promised in the month a request would start; 0 if unknown
 * @param conflictOrganisationIds    organisations they declared a conflict of interest with
 * @param assignmentsInLast12Months  for sharing work fairly across the pool
 */
public record InvestigatorCandidate(long investigatorId, String displayName, PoolStatus status,
                                    Set<Specialism> specialisms, List<Accreditation> accreditations,
                                    Coverage coverage, Capacity capacity, int openCases,
                                    int committedDaysInWantedMonth, List<DatePeriod> unavailable,
                                    List<EmploymentAt> employments, Set<Long> conflictOrganisationIds,
                                    int assignmentsInLast12Months) {

    public InvestigatorCandidate {
        Checks.text(displayName, "Enter the investigator's name");
        Objects.requireNonNull(status, "status");
        specialisms = Set.copyOf(Objects.requireNonNull(specialisms, "specialisms"));
        accreditations = List.copyOf(Objects.requireNonNull(accreditations, "accreditations"));
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(capacity, "capacity");
        unavailable = List.copyOf(Objects.requireNonNull(unavailable, "unavailable"));
        employments = List.copyOf(Objects.requireNonNull(employments, "employments"));
        conflictOrganisationIds = Set.copyOf(Objects.requireNonNull(conflictOrganisationIds,
                "conflictOrganisationIds"));
        Checks.notNegative(openCases, "The number of open cases cannot be negative");
        Checks.notNegative(committedDaysInWantedMonth, "The days already committed cannot be negative");
        Checks.notNegative(assignmentsInLast12Months, "The number of recent assignments cannot be negative");
    }

    /** Case places not taken; negative when they took on more than they offer. */
    public int freeCasePlaces() {
        return capacity.casesAtOnce() - openCases;
    }

    /** Days not yet promised in the month a request would start; negative when over-committed. */
    public int freeDaysInWantedMonth() {
        return capacity.daysPerMonth() - committedDaysInWantedMonth;
    }
}
