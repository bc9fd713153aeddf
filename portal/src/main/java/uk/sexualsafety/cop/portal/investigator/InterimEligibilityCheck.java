package uk.sexualsafety.cop.portal.investigator;

import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.PoolStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.portal.investigator.PoolCandidate.ConflictWith;
import uk.sexualsafety.cop.portal.investigator.PoolCandidate.EmploymentAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pool's exclusions, checked when a coordinator offers a request: the same rules the ranked list applies, so that
 * what it leaves out cannot be offered by a crafted call. Stands in until the matching engine backs
 * {@link EligibilityCheck}; it does not rank.
 */
@Component
class InterimEligibilityCheck implements EligibilityCheck {

    private final int conflictYears;

    InterimEligibilityCheck(PoolProperties properties) {
        this.conflictYears = properties.employmentConflictYears();
    }

    @Override
    public List<String> reasonsAgainst(MatchingRequest request, PoolCandidate candidate, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (candidate.status() != PoolStatus.ACTIVE) {
            reasons.add("is not active in the pool (" + candidate.status().label().toLowerCase() + ")");
        }
        LocalDate conflictSince = today.minusYears(conflictYears);
        for (EmploymentAt employment : candidate.employment()) {
            if (employment.organisationId() == request.organisationId()
                    && (employment.to() == null || !employment.to().isBefore(conflictSince))) {
                reasons.add("works or worked for " + request.organisationName() + " within the last "
                        + conflictYears + " years");
            }
            if (request.excludeSameIcb() && request.organisationIcbId() != null
                    && request.organisationIcbId().equals(employment.icbId())
                    && (employment.to() == null || !employment.to().isBefore(today))) {
                reasons.add("is employed in the same integrated care board, by " + employment.organisationName());
            }
        }
        for (ConflictWith conflict : candidate.conflicts()) {
            if (conflict.organisationId() == request.organisationId()) {
                reasons.add("declared a conflict of interest with " + request.organisationName());
            }
        }
        Set<Specialism> missing = EnumSet.noneOf(Specialism.class);
        missing.addAll(request.specialismsNeeded());
        missing.removeAll(candidate.specialisms());
        if (!missing.isEmpty()) {
            reasons.add("lacks " + missing.stream().map(Specialism::label).collect(Collectors.joining(", ")));
        }
        if (candidate.accreditations().stream().noneMatch(a -> !a.validFrom().isAfter(today)
                && !a.isExpiredOn(today))) {
            reasons.add("holds no accreditation valid today");
        }
        if (!covers(request, candidate)) {
            reasons.add(switch (request.deliveryMode()) {
                case REMOTE -> "does not work remotely";
                case ON_SITE -> "does not work on site in the organisation's area";
                case EITHER -> "neither works remotely nor on site in the organisation's area";
            });
        }
        if (candidate.openCases() + candidate.pendingOffers() >= candidate.casesAtOnce()
                || candidate.daysPerMonth() == 0) {
            reasons.add("has no free capacity");
        }
        candidate.unavailable().stream()
                .filter(p -> !request.wantedStart().isBefore(p.fromDate()) && !request.wantedStart().isAfter(p.toDate()))
                .findFirst()
                .ifPresent(p -> reasons.add("is unavailable from " + PoolDates.format(p.fromDate()) + " to "
                        + PoolDates.format(p.toDate())));
        return reasons;
    }

    private static boolean covers(MatchingRequest request, PoolCandidate candidate) {
        boolean area = request.organisationNation() == Nation.ENGLAND
                ? (request.organisationRegion() != null && candidate.regions().contains(request.organisationRegion()))
                        || (request.organisationIcbId() != null
                                && candidate.icbIds().contains(request.organisationIcbId()))
                : candidate.nations().contains(request.organisationNation());
        boolean onSite = candidate.onSite() && area;
        return request.deliveryMode() == DeliveryMode.REMOTE ? candidate.remote()
                : request.deliveryMode() == DeliveryMode.ON_SITE ? onSite
                : candidate.remote() || onSite;
    }
}
