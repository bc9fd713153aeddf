package uk.sexualsafety.cop.portal.investigator.matching;

import java.time.LocalDate;

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

    /** An open end (null) is fine. */
    static void endNotBeforeStart(LocalDate start, LocalDate end, String message) {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(message);
        }
    }
}
