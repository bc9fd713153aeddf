package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.InvestigationOffer;
import uk.sexualsafety.cop.db.investigator.OfferStatus;

import java.time.Instant;
import java.util.Optional;

/** An offer of a request to an investigator, as the coordinators see it; one past its time shows as expired. */
public record OfferSummary(long offerId, long requestId, long investigatorId, String investigatorName,
                           OfferStatus status, Instant offeredAt, Instant expiresAt, Optional<Instant> answeredAt,
                           Optional<String> declineReason) {

    static OfferSummary of(InvestigationOffer offer, Instant now) {
        return new OfferSummary(offer.getId(), offer.getRequest().getId(), offer.getInvestigator().getId(),
                offer.getInvestigator().getDisplayName(), offer.statusAt(now), offer.getOfferedAt(),
                offer.getExpiresAt(), Optional.ofNullable(offer.getAnsweredAt()),
                Optional.ofNullable(offer.getDeclineReason()));
    }
}
