package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National Insurance numbers such as "AB 12 34 56 C": two prefix letters as HMRC allocates them, six digits
 * (optionally spaced in pairs) and an optional suffix A to D, in any case.
 */
final class NationalInsuranceNumberDetector implements WordDetector {

    private static final String GAP = "[ \\u00A0]?";
    /** After "NI number", dashes and dots between the pairs too: "AB-12-34-56-C". */
    private static final String NAMED_GAP = "[ \\u00A0.-]?";

    /** The first digit follows the two prefix letters and perhaps a space. */
    private static final DigitAnchoredPattern NATIONAL_INSURANCE_NUMBER = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])"
                    + "(?!BG|GB|KN|NK|NT|TN|ZZ)" // prefixes never allocated
                    + "[A-CEGHJ-PR-TW-Z]" // first letter: not D, F, I, Q, U or V
                    + "[A-CEGHJ-NPR-TW-Z]" // second letter: not D, F, I, O, Q, U or V
                    + GAP + "\\d{2}" + GAP + "\\d{2}" + GAP + "\\d{2}"
                    + "(?:" + GAP + "[A-D])?"
                    + "(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE), 2, 3, DigitAnchoredPattern.Start.LETTER);

    /** Any two letters after "NI number" or "NINO": people write HMRC's example prefix QQ, or mistype. */
    private static final DigitAnchoredPattern ANY_PREFIX = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])[A-Z]{2}" + NAMED_GAP + "\\d{2}" + NAMED_GAP + "\\d{2}" + NAMED_GAP + "\\d{2}"
                    + "(?:" + NAMED_GAP + "[A-D])?"
                    + "(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE), 2, 3, DigitAnchoredPattern.Start.LETTER);
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{Alnum}])(?i:ni|nino|nin|national "
            + "insurance)(?i:\\s*(?:number|num|no\\b\\.?|#))?(?i:\\s*(?:is|was|of|:|#|-|=))?\\s*$");
    private static final double NAMED_CONFIDENCE = 0.8;

    private static final double IN_CAPITALS_CONFIDENCE = 0.9;
    /** Rarely written in lower case, where a short word before numbers looks like a prefix ("as 12 34 56"). */
    private static final double OTHERWISE_CONFIDENCE = 0.7;

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        Matcher named = NAMED_BEFORE.matcher(text);
        for (MatchResult match : ANY_PREFIX.findAll(tokens)) {
            if (PrecedingText.matchStart(named, text, match.start(), 30) >= 0) {
                findings.add(Finding.of(FindingType.NATIONAL_INSURANCE_NUMBER, text, match.start(), match.end(),
                        NAMED_CONFIDENCE));
            }
        }
        for (MatchResult match : NATIONAL_INSURANCE_NUMBER.findAll(tokens)) {
            String found = match.group();
            double confidence = found.equals(found.toUpperCase(Locale.ROOT))
                    ? IN_CAPITALS_CONFIDENCE : OTHERWISE_CONFIDENCE;
            findings.add(Finding.of(FindingType.NATIONAL_INSURANCE_NUMBER, text, match.start(), match.end(),
                    confidence));
        }
        return findings.size() < 2 ? findings : Overlaps.withoutContained(findings);
    }
}
