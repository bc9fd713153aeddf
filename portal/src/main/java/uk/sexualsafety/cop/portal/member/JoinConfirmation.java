package uk.sexualsafety.cop.portal.member;

/** What the link in a confirmation email opens: the request as it was asked, for its owner to check. */
public record JoinConfirmation(String fullName, String email, String jobTitle, String organisationName) {
}
