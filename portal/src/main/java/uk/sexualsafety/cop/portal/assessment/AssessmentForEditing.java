package uk.sexualsafety.cop.portal.assessment;

import uk.sexualsafety.cop.db.assessment.AssessmentStatus;

import java.util.List;

/** An organisation's assessment as its leads open it, with what the person opening it may do. */
public record AssessmentForEditing(long id, long version, Period period, AssessmentStatus status,
                                   int frameworkNumber, Period copiedFrom, List<ItemForEditing> items,
                                   boolean mayEdit, boolean maySignOff) {

    public AssessmentRef ref() {
        return new AssessmentRef(id, version);
    }
}
