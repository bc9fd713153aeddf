package uk.sexualsafety.cop.portal.policy.extraction;

import uk.sexualsafety.cop.portal.policy.extraction.RefusedDocumentException.Reason;

/** What people are told when a file is refused: what happened, and what to do instead. Worded once, here. */
final class Refusals {

    private static final String FORMATS = "a PDF, a Word document (.docx) or an OpenDocument text (.odt)";

    private Refusals() {
    }

    static RefusedDocumentException empty() {
        return new RefusedDocumentException(Reason.EMPTY, "This file is empty. Choose the policy's file again.");
    }

    static RefusedDocumentException tooLarge(long bytes, long maxBytes) {
        return new RefusedDocumentException(Reason.TOO_LARGE, "This file is " + DocumentLimits.describe(bytes)
                + ", more than the largest file the library takes (" + DocumentLimits.describe(maxBytes)
                + "). Save the policy without large images, or as a PDF, and upload that.");
    }

    static RefusedDocumentException unsupported() {
        return new RefusedDocumentException(Reason.UNSUPPORTED_TYPE, "This file is not " + FORMATS
                + ", whatever its name says. Save the policy in one of those formats and upload that.");
    }

    static RefusedDocumentException oldWordFormat() {
        return new RefusedDocumentException(Reason.OLD_WORD_FORMAT, "This is an older Word file (.doc). Open it "
                + "in Word, save it as a Word document (.docx) or a PDF, and upload that.");
    }

    static RefusedDocumentException unsafeArchive() {
        return new RefusedDocumentException(Reason.UNSAFE_ARCHIVE, "This file would unpack to far more than any "
                + "policy document needs, so it was not opened. If it is a genuine policy, save it again as a PDF "
                + "and upload that.");
    }

    static RefusedDocumentException encrypted() {
        return new RefusedDocumentException(Reason.ENCRYPTED, "This file is protected by a password, so its text "
                + "cannot be read. Upload a copy without a password.");
    }

    static RefusedDocumentException damaged() {
        return new RefusedDocumentException(Reason.DAMAGED, "This file could not be read: it may be damaged or "
                + "incomplete. Open it on your computer, save it again (or save it as a PDF) and upload the new "
                + "copy.");
    }

    static RefusedDocumentException noText() {
        return new RefusedDocumentException(Reason.NO_TEXT, "This file has no text that can be read: it may be a "
                + "scanned image. Upload a version with selectable text, such as the original Word document or a "
                + "PDF saved from it.");
    }

    static RefusedDocumentException timedOut(java.time.Duration timeout) {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return new RefusedDocumentException(Reason.TIMED_OUT, "Reading this file took longer than "
                + (seconds == 1 ? "1 second" : seconds + " seconds") + ", so it was stopped. Try a smaller file, or save it as a PDF and "
                + "try again.");
    }

    static RefusedDocumentException busy() {
        return new RefusedDocumentException(Reason.BUSY, "The portal is reading other documents right now. Please "
                + "try again in a minute.");
    }
}
