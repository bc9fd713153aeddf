package uk.sexualsafety.cop.portal.organisation;

/** An organisation as a choice in a form. */
public record OrganisationOption(long id, String name) {
}
