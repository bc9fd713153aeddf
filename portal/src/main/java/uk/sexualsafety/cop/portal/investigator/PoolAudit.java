package uk.sexualsafety.cop.portal.investigator;

/** The audit trail's names for the pool's items. Details name ids and statuses, never what people wrote. */
final class PoolAudit {

    static final String INVESTIGATOR = "investigator";
    static final String REQUEST = "investigation_request";
    static final String ASSIGNMENT = "investigation_assignment";
    static final String REPORTS = "pool_reports";

    private PoolAudit() {
    }
}
