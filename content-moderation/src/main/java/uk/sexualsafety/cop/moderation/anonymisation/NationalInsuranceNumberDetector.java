package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * National Insurance numbers such as "AB 12 34 56 C": two prefix letters as HMRC allocates them, six digits
 * (optionally spaced in pairs) and an optional suffix A to D, in any case.
 */
final class NationalInsuranceNumberDetector implements Detector {

    private static final String GAP = "[ \\u00A0]?";

    /** The first digit follows the two prefix letters and perhaps a space. */
    private static final DigitAnchoredPattern NATIONAL_INSURANCE_NUMBER = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])"
                    + "(?!BG|GB|KN|NK|NT|TN|ZZ)" // prefixes never allocated
                    + "[A-CEGHJ-PR-TW-Z]" // first letter: not D, F, I, Q, U or V
                    + "[A-CEGHJ-NPR-TW-Z]" // second letter: not D, F, I, O, Q, U or V
                    + GAP + "\\d{2}" + GAP + "\\d{2}" + GAP + "\\d{2}"
                    + "(?:" + GAP + "[A-D])?"
                    + "(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE), 2, 3);

    private static final double IN_CAPITALS_CONFIDENCE = 0.9;
    /** Rarely written in lower case, where a short word before numbers looks like a prefix ("as 12 34 56"). */
    private static final double OTHERWISE_CONFIDENCE = 0.7;

    @Override
    public List<Finding> detect(String text) {
        var findings = new ArrayList<Finding>();
        for (MatchResult match : NATIONAL_INSURANCE_NUMBER.findAll(text)) {
            String found = match.group();
            double confidence = found.equals(found.toUpperCase(Locale.ROOT))
                    ? IN_CAPITALS_CONFIDENCE : OTHERWISE_CONFIDENCE;
            findings.add(Finding.of(FindingType.NATIONAL_INSURANCE_NUMBER, text, match.start(), match.end(),
                    confidence));
        }
        return findings;
    }
}
