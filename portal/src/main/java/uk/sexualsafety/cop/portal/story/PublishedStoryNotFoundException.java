package uk.sexualsafety.cop.portal.story;

/** A story that does not exist, is not published, or was withdrawn: readers cannot tell these apart. */
public class PublishedStoryNotFoundException extends RuntimeException {

    public PublishedStoryNotFoundException() {
        super("This story is not available. It may have been withdrawn by the person who shared it.");
    }
}
