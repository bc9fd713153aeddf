package uk.sexualsafety.cop.portal.emaillink;

/**
 * A link that has expired, was used already, or never existed: the page says so calmly and offers a new one. The
 * three are not told apart, and nothing was changed.
 */
public class LinkNoLongerWorksException extends RuntimeException {

    public LinkNoLongerWorksException() {
        super("This link no longer works");
    }
}
