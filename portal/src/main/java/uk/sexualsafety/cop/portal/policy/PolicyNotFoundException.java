package uk.sexualsafety.cop.portal.policy;

/** No such policy or version in the library: never there, or withdrawn. */
public class PolicyNotFoundException extends RuntimeException {

    public PolicyNotFoundException() {
        super("This policy is not in the library: it may have been withdrawn by its organisation.");
    }
}
