package uk.sexualsafety.cop.db.investigator;

import uk.sexualsafety.cop.db.testing.Unsaved;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** Unsaved pool entities brought to a given status through the changes the portal would make. */
final class PoolEntities {

    static final Instant OFFERED_AT = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant EXPIRES_AT = OFFERED_AT.plus(Duration.ofDays(3));
    static final Instant ANSWERED_AT = OFFERED_AT.plus(Duration.ofHours(1));

    private PoolEntities() {
    }

    static InvestigationRequest request(RequestStatus status) {
        var request = new InvestigationRequest(Unsaved.organisation(), 3L, RequestCategory.SEXUAL_HARASSMENT,
                Complexity.MEDIUM, false, Set.of(Specialism.SEXUAL_MISCONDUCT), LocalDate.of(2026, 12, 1), 10,
                DeliveryMode.EITHER, false, "A summary", OFFERED_AT);
        switch (status) {
            case OPEN -> {
            }
            case OFFERED -> request.offered();
            case ALLOCATED, IN_PROGRESS, CLOSED -> {
                request.offered();
                request.allocate(OFFERED_AT);
                if (status != RequestStatus.ALLOCATED) {
                    request.start();
                }
                if (status == RequestStatus.CLOSED) {
                    request.close();
                }
            }
            case CANCELLED -> request.cancel();
        }
        return request;
    }

    static InvestigationOffer offer(OfferStatus status) {
        var offer = new InvestigationOffer(request(RequestStatus.OFFERED),
                new Investigator(5L, "Sam Investigator", "sam@example.org", OFFERED_AT), 9L, OFFERED_AT, EXPIRES_AT);
        switch (status) {
            case PENDING -> {
            }
            case ACCEPTED -> offer.accept(ANSWERED_AT);
            case DECLINED -> offer.decline("No time", ANSWERED_AT);
            case EXPIRED -> offer.expire(EXPIRES_AT);
            case WITHDRAWN -> offer.withdraw(ANSWERED_AT);
        }
        return offer;
    }
}
