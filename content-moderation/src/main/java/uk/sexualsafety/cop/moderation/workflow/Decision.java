package uk.sexualsafety.cop.moderation.workflow;

/**
 * Why an action was taken: a reason from the configured list (rejections) and a free-text message for the
 * contributor (requests for changes, rejections, unpublishing). Both may be absent for other actions.
 */
public record Decision(String reason, String message) {

    public static final Decision NONE = new Decision(null, null);

    public Decision {
        reason = blankToNull(reason);
        message = blankToNull(message);
    }

    public static Decision message(String message) {
        return new Decision(null, message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
