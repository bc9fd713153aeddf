package uk.sexualsafety.cop.db.policy;

/** The two review reminders each review date brings: a month ahead, and on the day. */
public enum ReminderKind {
    THIRTY_DAYS_BEFORE,
    ON_THE_DAY
}
