package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.portal.investigator.matching.Accreditation;
import uk.sexualsafety.cop.portal.investigator.matching.Capacity;
import uk.sexualsafety.cop.portal.investigator.matching.Coverage;
import uk.sexualsafety.cop.portal.investigator.matching.DatePeriod;
import uk.sexualsafety.cop.portal.investigator.matching.Employment;
import uk.sexualsafety.cop.portal.investigator.matching.InvestigatorCandidate;
import uk.sexualsafety.cop.portal.investigator.matching.RequestProfile;

import java.util.stream.Collectors;

/** Turns what {@link CandidateLoader} reads from the database into the matching engine's plain records. */
final class MatchingAdapter {

    private MatchingAdapter() {
    }

    static RequestProfile profile(MatchingRequest request, String icbName) {
        return new RequestProfile(request.requestId(), request.organisationId(), request.organisationName(),
                request.organisationIcbId(), icbName, request.organisationRegion(), request.organisationNation(),
                request.category(), request.seniorLeaderInvolved(), request.specialismsNeeded(),
                request.wantedStart(), request.estimatedDays(), request.deliveryMode(), request.excludeSameIcb());
    }

    /**
     * The candidate as the engine sees it. Cases record their estimated days in total, not month by month, so no
     * days are counted as committed in the month the work would start: the limit on cases at once (open cases and
     * pending offers) is what keeps an investigator from being over-booked.
     */
    static InvestigatorCandidate candidate(PoolCandidate candidate) {
        return new InvestigatorCandidate(candidate.investigatorId(), candidate.displayName(), candidate.status(),
                candidate.specialisms(),
                candidate.accreditations().stream()
                        .map(a -> new Accreditation(a.name(), a.validFrom(), a.validUntil())).toList(),
                new Coverage(candidate.regions(), candidate.icbIds(), candidate.nations(), candidate.onSite(),
                        candidate.remote()),
                new Capacity(candidate.casesAtOnce(), candidate.daysPerMonth()),
                candidate.openCases() + candidate.pendingOffers(),
                0,
                candidate.unavailable().stream().map(p -> new DatePeriod(p.fromDate(), p.toDate())).toList(),
                candidate.employment().stream().map(e -> new Employment(e.organisationId(), e.organisationName(),
                        e.icbId(), e.from(), e.to())).toList(),
                candidate.conflicts().stream().map(PoolCandidate.ConflictWith::organisationId)
                        .collect(Collectors.toSet()),
                candidate.assignmentsLast12Months());
    }
}
