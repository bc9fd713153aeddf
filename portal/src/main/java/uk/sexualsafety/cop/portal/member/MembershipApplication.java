package uk.sexualsafety.cop.portal.member;

/** What a visitor fills in to ask to join. */
public record MembershipApplication(String fullName, String email, String jobTitle, Long organisationId,
                                    String reason, String password, String passwordAgain) {
}
