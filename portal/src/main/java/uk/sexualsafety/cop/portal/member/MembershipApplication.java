package uk.sexualsafety.cop.portal.member;

/** What a visitor fills in to ask to join; the password comes later, once the address is proven. */
public record MembershipApplication(String fullName, String email, String jobTitle, Long organisationId,
                                    String reason) {
}
