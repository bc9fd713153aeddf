package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.Objects;

/**
 * A span of the analysed text that could identify a person, with the text proposed in its place.
 *
 * @param start       index of the first character, inclusive
 * @param end         index after the last character, exclusive
 * @param type        what kind of identifier it is
 * @param text        the characters found, exactly as they are in the analysed text
 * @param replacement what to put in their place
 * @param confidence  how sure the detector is, from 0 to 1
 */
public record Finding(int start, int end, FindingType type, String text, String replacement, double confidence) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replacement, "replacement");
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative but was " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("end must be after start but was " + start + ".." + end);
        }
        if (text.length() != end - start) {
            // The message leaves the text out: it is personal data.
            throw new IllegalArgumentException("text must be " + (end - start) + " characters long, as its span");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 but was " + confidence);
        }
    }

    /** A finding of {@code analysedText[start, end)} with the type's default replacement. */
    public static Finding of(FindingType type, String analysedText, int start, int end, double confidence) {
        Objects.requireNonNull(analysedText, "analysedText");
        if (start < 0 || end > analysedText.length() || end <= start) {
            throw new IllegalArgumentException(
                    "span " + start + ".." + end + " is not inside a text of length " + analysedText.length());
        }
        return new Finding(start, end, type, analysedText.substring(start, end), type.defaultReplacement(),
                confidence);
    }

    /** The same finding with another replacement, e.g. "recently" chosen by a person instead of "[date]". */
    public Finding withReplacement(String newReplacement) {
        return new Finding(start, end, type, text, newReplacement, confidence);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Finding other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** Leaves out the text and its replacement so that logging a finding never logs personal data. */
    @Override
    public String toString() {
        return "Finding[" + type + " at " + start + ".." + end + ", confidence " + confidence + "]";
    }
}
