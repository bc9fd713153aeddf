package uk.sexualsafety.cop.portal.secondfactor;

/** A code was not accepted; the check says why, and {@code field} which of the form's codes it was. */
public class CodeRefusedException extends RuntimeException {

    public static final String CURRENT_CODE = "currentCode";
    public static final String NEW_CODE = "newCode";
    /** An app's six digits, with room for the spaces people type inside them. */
    public static final int MAX_APP_CODE = 12;
    /** An app's code or a recovery code, whichever the person has to hand. */
    public static final int MAX_ANY_CODE = 40;

    private final transient CodeCheck check;
    private final String field;

    CodeRefusedException(CodeCheck check, String field) {
        super("Code refused: " + check.outcome());
        this.check = check;
        this.field = field;
    }

    public CodeCheck check() {
        return check;
    }

    public String field() {
        return field;
    }
}
