package uk.sexualsafety.cop.portal.casestudy.discussion;

/** Something a member may not do in a discussion, with the reason in words they can act on. */
public class DiscussionRefusedException extends RuntimeException {

    public DiscussionRefusedException(String message) {
        super(message);
    }
}
