package uk.sexualsafety.cop.portal.assessment;

/**
 * An assessment that does not exist or belongs to another organisation: the answer is the same, so nobody learns
 * of other organisations' assessments by trying ids.
 */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException() {
        super("This assessment is not available. It may not exist, or it belongs to another organisation.");
    }
}
