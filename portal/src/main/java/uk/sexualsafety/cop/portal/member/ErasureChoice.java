package uk.sexualsafety.cop.portal.member;

/** What the person asked to happen to what they contributed when their account is erased. */
public enum ErasureChoice {
    /** Stories, case studies and comments are withdrawn, as if they had withdrawn each themselves. */
    WITHDRAW_CONTRIBUTIONS,
    /** Contributions stay where they are, shown as by a former member. */
    KEEP_WITHOUT_NAME
}
