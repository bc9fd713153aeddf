package uk.sexualsafety.cop.portal.investigator;

/** How to reach the investigator of a case: for coordinators, and for requesters once the offer is accepted. */
public record InvestigatorContact(long investigatorId, String displayName, String email, String phone) {
}
