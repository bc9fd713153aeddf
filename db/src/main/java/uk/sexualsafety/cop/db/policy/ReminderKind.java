package uk.sexualsafety.cop.db.policy;

/** The two review reminders each review date brings. */
public enum ReminderKind {
    /** Some days ahead (30 by default). */
    AHEAD,
    /** On the day, or at the first run after it. */
    DUE
}
