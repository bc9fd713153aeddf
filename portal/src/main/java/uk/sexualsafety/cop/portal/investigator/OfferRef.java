package uk.sexualsafety.cop.portal.investigator;

/**
 * An offer as the coordinator saw it. The version is its request's: every answer, expiry or withdrawal of the offer
 * changes the request, so that is what a stale page is checked against.
 */
public record OfferRef(long offerId, long requestVersion) {

    public OfferRef {
        if (offerId < 1 || requestVersion < 0) {
            throw new IllegalArgumentException("No offer has id " + offerId + " at request version " + requestVersion);
        }
    }
}
