package uk.sexualsafety.cop.portal.investigator;

import uk.sexualsafety.cop.db.investigator.DeliveryMode;
import uk.sexualsafety.cop.db.investigator.InvestigationAssignment;
import uk.sexualsafety.cop.db.investigator.InvestigationRequest;
import uk.sexualsafety.cop.db.investigator.RequestCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One of an investigator's cases and how far it has come.
 *
 * @param withdrawnAt when the investigator withdrew from it, if they did
 */
public record AssignmentSummary(long assignmentId, long requestId, String organisationName,
                                RequestCategory category, LocalDate wantedStart, int estimatedDays,
                                DeliveryMode deliveryMode, Progress progress, Optional<Instant> withdrawnAt) {

    static AssignmentSummary of(InvestigationAssignment assignment) {
        InvestigationRequest request = assignment.getRequest();
        return new AssignmentSummary(assignment.getId(), request.getId(), request.getOrganisation().getName(),
                request.getCategory(), request.getWantedStart(), request.getEstimatedDays(),
                request.getDeliveryMode(), Progress.of(assignment), Optional.ofNullable(assignment.getWithdrawnAt()));
    }
}
