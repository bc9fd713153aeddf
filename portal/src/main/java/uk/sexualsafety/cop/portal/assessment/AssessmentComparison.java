package uk.sexualsafety.cop.portal.assessment;

import java.util.List;

/** Two periods of one organisation's assessment side by side, item by item (matched by item code). */
public record AssessmentComparison(Period earlier, Period later, List<ItemComparison> items) {
}
