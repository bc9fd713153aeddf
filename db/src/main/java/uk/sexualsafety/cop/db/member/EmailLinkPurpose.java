package uk.sexualsafety.cop.db.member;

/** What a link sent by email lets its holder do, once. */
public enum EmailLinkPurpose {
    /** Confirm the address of a request to join, and choose a password. */
    CONFIRM_JOIN,
    /** Choose a new password for an account. */
    RESET_PASSWORD
}
