package uk.sexualsafety.cop.db.policy;

/** Whether members may see a policy: an active one is in the library and search, a withdrawn one nowhere. */
public enum PolicyStatus {
    ACTIVE,
    WITHDRAWN
}
