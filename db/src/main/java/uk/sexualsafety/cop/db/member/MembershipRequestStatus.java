package uk.sexualsafety.cop.db.member;

public enum MembershipRequestStatus {
    PENDING,
    APPROVED,
    DECLINED
}
