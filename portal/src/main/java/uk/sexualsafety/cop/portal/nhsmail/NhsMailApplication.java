package uk.sexualsafety.cop.portal.nhsmail;

import uk.sexualsafety.cop.portal.member.MembershipApplication;

/** What someone whose address NHSmail proved fills in to ask to join: no address, no password. */
public record NhsMailApplication(String fullName, String jobTitle, Long organisationId, String reason) {

    public static final String FULL_NAME = "fullName";
    public static final String JOB_TITLE = "jobTitle";
    public static final String ORGANISATION = "organisationId";
    public static final String REASON = "reason";
    public static final int MAX_NAME = MembershipApplication.MAX_NAME;
    public static final int MAX_JOB_TITLE = MembershipApplication.MAX_JOB_TITLE;
    public static final int MAX_REASON = MembershipApplication.MAX_REASON;
}
