package uk.sexualsafety.cop.portal.organisation;

/** An integrated care board as a choice in a form, with its NHS England region. */
public record IcbOption(long id, String name, String regionLabel) {
}
