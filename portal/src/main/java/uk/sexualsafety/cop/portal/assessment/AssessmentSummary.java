package uk.sexualsafety.cop.portal.assessment;

import uk.sexualsafety.cop.db.assessment.AssessmentStatus;

import java.time.Instant;

/** One of the organisation's assessments in its list. */
public record AssessmentSummary(long id, Period period, AssessmentStatus status, Instant updatedAt) {
}
