package uk.sexualsafety.cop.portal.member;

/** What a visitor fills in to ask to join; the password comes later, once the address is proven. */
public record MembershipApplication(String fullName, String email, String jobTitle, Long organisationId,
                                    String reason) {

    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String JOB_TITLE = "jobTitle";
    public static final String ORGANISATION = "organisationId";
    public static final String REASON = "reason";
    public static final int MAX_NAME = 120;
    public static final int MAX_JOB_TITLE = 120;
    public static final int MAX_REASON = 2000;
}
