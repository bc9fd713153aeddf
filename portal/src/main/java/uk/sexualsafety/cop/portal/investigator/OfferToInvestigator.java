package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.OfferStatus;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.organisation.Organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An offer as its investigator sees it: enough to decide, and the organisation so they can tell whether they have a
 * conflict with it, but not the summary, which they see once they accepted and signed the declaration. One past its
 * time shows as expired.
 *
 * @param area the organisation's NHS England region, or its nation outside England
 */
public record OfferToInvestigator(long offerId, long requestId, String organisationName, String area,
                                  RequestCategory category, Complexity complexity, boolean seniorLeaderInvolved,
                                  Set<Specialism> specialismsNeeded, LocalDate wantedStart, int estimatedDays,
                                  DeliveryMode deliveryMode, OfferStatus status, Instant offeredAt,
                                  Instant expiresAt) {

    static OfferToInvestigator of(InvestigationOffer offer, Instant now) {
        InvestigationRequest request = offer.getRequest();
        Organisation organisation = request.getOrganisation();
        return new OfferToInvestigator(offer.getId(), request.getId(), organisation.getName(), areaOf(organisation),
                request.getCategory(), request.getComplexity(), request.isSeniorLeaderInvolved(),
                request.getSpecialismsNeeded(), request.getWantedStart(), request.getEstimatedDays(),
                request.getDeliveryMode(), offer.statusAt(now), offer.getOfferedAt(), offer.getExpiresAt());
    }

    static String areaOf(Organisation organisation) {
        return organisation.getIcb() != null ? organisation.getIcb().getRegion().label()
                : organisation.getNation().label();
    }
}
