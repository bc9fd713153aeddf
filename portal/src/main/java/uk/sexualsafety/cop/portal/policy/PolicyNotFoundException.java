package uk.sexualsafety.cop.portal.policy;

/** No such policy or version in the library: never there, or withdrawn. */
public class PolicyNotFoundException extends RuntimeException {

    public PolicyNotFoundException() {
        super("This policy is not in the library: it may have been withdrawn by its organisation.");
    }

    private PolicyNotFoundException(String message) {
        super(message);
    }

    /**
     * The one answer to changing a policy that is not the member's own organisation's, whether it exists or not, so
     * that the address of a change tells nothing.
     */
    public static PolicyNotFoundException notYoursToChange() {
        return new PolicyNotFoundException("There is no policy of your organisation at this address: you can change "
                + "only your own organisation's policies that are in the library.");
    }
}
