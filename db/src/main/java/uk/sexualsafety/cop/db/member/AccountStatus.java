package uk.sexualsafety.cop.db.member;

public enum AccountStatus {
    ACTIVE,
    SUSPENDED
}
