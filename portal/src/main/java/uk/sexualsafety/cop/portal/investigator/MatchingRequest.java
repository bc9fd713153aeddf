package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.RequestStatus;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Icb;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.db.organisation.Organisation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the matching needs to know about a request: what it needs and where its organisation is. The summary stays
 * out; matching never needs it.
 *
 * @param organisationIcbId  the requesting organisation's ICB; empty outside England and for national bodies
 * @param organisationRegion the region of that ICB, likewise
 */
record MatchingRequest(long requestId, long version, RequestStatus status, long organisationId,
                       String organisationName, Long organisationIcbId, NhsRegion organisationRegion,
                       Nation organisationNation, RequestCategory category, Complexity complexity,
                       boolean seniorLeaderInvolved, Set<Specialism> specialismsNeeded, LocalDate wantedStart,
                       int estimatedDays, DeliveryMode deliveryMode, boolean excludeSameIcb) {

    MatchingRequest {
        specialismsNeeded = Set.copyOf(specialismsNeeded);
    }

    static MatchingRequest of(InvestigationRequest request) {
        Organisation organisation = request.getOrganisation();
        Icb icb = organisation.getIcb();
        return new MatchingRequest(request.getId(), request.getVersion(), request.getStatus(), organisation.getId(),
                organisation.getName(), icb == null ? null : icb.getId(), icb == null ? null : icb.getRegion(),
                organisation.getNation(), request.getCategory(), request.getComplexity(),
                request.isSeniorLeaderInvolved(), request.getSpecialismsNeeded(), request.getWantedStart(),
                request.getEstimatedDays(), request.getDeliveryMode(), request.isExcludeSameIcb());
    }
}
