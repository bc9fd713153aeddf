package uk.sexualsafety.cop.portal.investigator;

/**
 * No request with this id that the signed-in person may see. Another organisation's request is answered exactly as
 * one that does not exist, so that a requester cannot even learn which ids are taken.
 */
public class InvestigationRequestNotFoundException extends RuntimeException {

    public InvestigationRequestNotFoundException() {
        super("There is no such request among those you may see");
    }
}
