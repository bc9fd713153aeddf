package uk.sexualsafety.cop.portal.investigator;

import java.time.Instant;

/** Published when a request is offered to an investigator, by a coordinator or in turn after a decline or lapse. */
record InvestigatorOffered(long offerId, long investigatorAccountId, Instant expiresAt) {
}
