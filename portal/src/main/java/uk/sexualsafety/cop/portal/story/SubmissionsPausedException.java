package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.portal.throttle.TooManyAttemptsException;

import java.time.Instant;

/** Everyone together has sent as many anonymous stories as the window allows; this one was not saved. */
public class SubmissionsPausedException extends TooManyAttemptsException {

    private final Instant resumesAt;

    SubmissionsPausedException(String message, Instant resumesAt) {
        super(message);
        this.resumesAt = resumesAt;
    }

    public Instant resumesAt() {
        return resumesAt;
    }
}
