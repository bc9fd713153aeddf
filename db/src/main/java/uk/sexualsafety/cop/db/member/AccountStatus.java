package uk.sexualsafety.cop.db.member;

public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    /** Erased at the person's request: the row keeps only its id, so that what refers to it stays whole. */
    ERASED
}
