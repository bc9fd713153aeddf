package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NHS numbers: ten digits, unbroken or grouped 3-3-4 with spaces or hyphens, reported only when the check digit is
 * valid, so that one random ten-digit number in eleven or so is reported, not all of them.
 */
final class NhsNumberDetector implements WordDetector {

    /** Not part of a longer run of digits or of a word such as a reference code. */
    private static final DigitAnchoredPattern CANDIDATE = new DigitAnchoredPattern(
            Pattern.compile("(?<![\\p{Alnum}])" + NhsNumbers.WRITTEN_FORM + "(?![\\p{Alnum}])"), 0, 0);

    private static final double GROUPED_CONFIDENCE = 0.95;
    /** An unbroken run of ten digits is more often something else (an order or reference number). */
    private static final double UNBROKEN_CONFIDENCE = 0.85;
    /** After "NHS number" or "CHI", ten digits are one, whatever their check digit: people mistype them. */
    private static final double NAMED_CONFIDENCE = 0.8;
    /** Ten digits grouped 3-3-4 and not starting as a phone number does, with a wrong check digit. */
    private static final double GROUPED_UNCHECKED_CONFIDENCE = 0.5;

    /** What names an NHS or CHI number before it: "NHS no:", "nhs number was", "chi number", "nhs#". */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{Alnum}])(?i:nhs|chi|hcn|health and care)"
            + "(?i:\\s*(?:number|num|no\\b\\.?|#))?(?i:\\s*(?:is|was|of|:|#|-|=))?\\s*$");
    private static final int WINDOW = 30;

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        Matcher named = NAMED_BEFORE.matcher(text);
        for (MatchResult candidate : CANDIDATE.findAll(tokens)) {
            boolean unbroken = candidate.end() - candidate.start() == 10;
            double confidence;
            if (NhsNumbers.hasValidCheckDigit(text.subSequence(candidate.start(), candidate.end()))) {
                confidence = unbroken ? UNBROKEN_CONFIDENCE : GROUPED_CONFIDENCE;
            } else if (PrecedingText.matchStart(named, text, candidate.start(), WINDOW) >= 0) {
                confidence = NAMED_CONFIDENCE;
            } else if (!unbroken && text.charAt(candidate.start()) != '0') {
                confidence = GROUPED_UNCHECKED_CONFIDENCE;
            } else {
                continue;
            }
            findings.add(Finding.of(FindingType.NHS_NUMBER, text, candidate.start(), candidate.end(), confidence));
        }
        return findings;
    }
}
