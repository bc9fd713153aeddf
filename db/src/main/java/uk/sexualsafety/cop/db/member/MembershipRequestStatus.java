package uk.sexualsafety.cop.db.member;

public enum MembershipRequestStatus {
    /** Asked, but the address is not proven: administrators never see it, and it is purged when its link expires. */
    UNCONFIRMED,
    /** The address is proven: the request waits for an administrator. */
    PENDING,
    APPROVED,
    DECLINED
}
