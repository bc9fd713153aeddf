package uk.sexualsafety.cop.portal.story;

/** The same answer for a wrong code, a malformed one, and a story that is not the asker's to see. */
public class StoryNotFoundException extends RuntimeException {

    public StoryNotFoundException() {
        super("We could not find a story with that code. Check the code and try again.");
    }
}
