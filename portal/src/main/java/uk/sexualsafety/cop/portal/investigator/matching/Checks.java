package uk.sexualsafety.cop.portal.investigator.matching;

/** The records' checks of their own values; the messages are worded to stand next to a form's field. */
final class Checks {

    private Checks() {
    }

    static void text(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    static void notNegative(int value, String message) {
        if (value < 0) {
            throw new IllegalArgumentException(message);
        }
    }
}
