package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.Complexity;
import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.RequestCategory;
import uk.sexualsafety.cop.db.investigator.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A request in a list: its organisation's, or the coordinators' list of requests waiting for an investigator. */
public record RequestSummary(long id, long organisationId, String organisationName, RequestCategory category,
                             Complexity complexity, boolean seniorLeaderInvolved, LocalDate wantedStart,
                             int estimatedDays, DeliveryMode deliveryMode, RequestStatus status, Instant createdAt,
                             Instant allocatedAt, long version) {

    /** What a change to it gives back, so that a change made meanwhile is refused. */
    public RequestRef ref() {
        return new RequestRef(id, version);
    }

    static RequestSummary of(InvestigationRequest request) {
        return new RequestSummary(request.getId(), request.getOrganisation().getId(),
                request.getOrganisation().getName(), request.getCategory(), request.getComplexity(),
                request.isSeniorLeaderInvolved(), request.getWantedStart(), request.getEstimatedDays(),
                request.getDeliveryMode(), request.getStatus(), request.getCreatedAt(), request.getAllocatedAt(),
                request.getVersion());
    }
}
