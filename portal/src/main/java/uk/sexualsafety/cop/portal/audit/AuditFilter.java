package uk.sexualsafety.cop.portal.audit;

import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.LocalDate;

/**
 * What an administrator narrows the audit trail to. Blank text means "any"; dates are days in Britain, both ends
 * included.
 *
 * @param action     one action exactly, such as {@code SIGNED_IN}
 * @param actor      part of the acting account's name or email address, or its id
 * @param targetType one kind of target exactly, such as {@code account}
 * @param targetId   one target id exactly (only with its type in practice, but not required)
 * @param from       the first day, or none
 * @param to         the last day, or none
 */
public record AuditFilter(String action, String actor, String targetType, String targetId, LocalDate from,
                          LocalDate to) {

    public static final String ACTION = "action";
    public static final String ACTOR = "actor";
    public static final String TARGET_TYPE = "targetType";
    public static final String TARGET_ID = "targetId";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final int ACTION_MAX_LENGTH = 60;
    public static final int ACTOR_MAX_LENGTH = 254;
    public static final int TARGET_TYPE_MAX_LENGTH = 40;
    public static final int TARGET_ID_MAX_LENGTH = 64;
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        action = text(action, ACTION, ACTION_MAX_LENGTH);
        actor = text(actor, ACTOR, ACTOR_MAX_LENGTH);
        targetType = text(targetType, TARGET_TYPE, TARGET_TYPE_MAX_LENGTH);
        targetId = text(targetId, TARGET_ID, TARGET_ID_MAX_LENGTH);
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of(TO, "The last day is before the first day: choose a later one");
        }
    }

    private static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw InvalidInputException.of(field, "Use at most " + maxLength + " characters");
        }
        return stripped;
    }
}
