package uk.sexualsafety.cop.portal.policy.extraction;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file the policy library accepts, as their content shows them to be. */
public enum DocumentFormat {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text");

    private final String mediaType;
    private final String label;

    DocumentFormat(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
    }
}
