package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * NHS numbers: ten digits, unbroken or grouped 3-3-4 with spaces or hyphens, reported only when the check digit is
 * valid, so that one random ten-digit number in eleven or so is reported, not all of them.
 */
final class NhsNumberDetector implements Detector {

    /** Not part of a longer run of digits or of a word such as a reference code. */
    private static final DigitAnchoredPattern CANDIDATE = new DigitAnchoredPattern(
            Pattern.compile("(?<![\\p{Alnum}])" + NhsNumbers.WRITTEN_FORM + "(?![\\p{Alnum}])"), 0, 0);

    private static final double GROUPED_CONFIDENCE = 0.95;
    /** An unbroken run of ten digits is more often something else (an order or reference number). */
    private static final double UNBROKEN_CONFIDENCE = 0.85;

    @Override
    public List<Finding> detect(String text) {
        var findings = new ArrayList<Finding>();
        for (MatchResult candidate : CANDIDATE.findAll(text)) {
            if (NhsNumbers.hasValidCheckDigit(text.subSequence(candidate.start(), candidate.end()))) {
                boolean unbroken = candidate.end() - candidate.start() == 10;
                findings.add(Finding.of(FindingType.NHS_NUMBER, text, candidate.start(), candidate.end(),
                        unbroken ? UNBROKEN_CONFIDENCE : GROUPED_CONFIDENCE));
            }
        }
        return findings;
    }
}
