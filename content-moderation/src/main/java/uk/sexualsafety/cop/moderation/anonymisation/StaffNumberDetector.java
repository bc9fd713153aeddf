package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff, payroll, employee, assignment and collar numbers, PINs and IDs: five to ten digits, perhaps after one or two
 * capital letters (E123456, AB-12345), reported only after the words that name them ("staff number 1234567", "payroll
 * no: 7654321", "ID E12345"). A number without such words is anything at all, and is left alone.
 */
final class StaffNumberDetector implements Detector {

    private static final double NAMED_NUMBER_CONFIDENCE = 0.9;
    /** "ID" and "PIN" also stand before reference and order numbers. */
    private static final double ID_CONFIDENCE = 0.75;

    /** The number's first digit is at most three characters in (AB-). */
    private static final DigitAnchoredPattern NUMBER = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?:[A-Z]{1,2}-?)?\\d{5,10}(?![\\p{Alnum}]|[.,/:-]\\d)"), 0, 3);

    private static final String THEN =
            "(?:\\s*(?:number\\b|num\\b|no\\b\\.?|#|id\\b))?(?:\\s*(?:is\\b|was\\b|of\\b|:|#|-|=))?\\s*$";
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{Alnum}])(?i:"
            + "staff|payroll|employee|assignment|collar|badge|warrant|esr|personnel)" + "(?i:" + THEN + ")");
    private static final Pattern ID_BEFORE = Pattern.compile(
            "(?<![\\p{Alnum}])(?:ID|Id|PIN|[Pp]in)(?i:" + THEN + ")");
    private static final int WINDOW = 40;

    @Override
    public List<Finding> detect(String text) {
        var findings = new ArrayList<Finding>();
        Matcher named = NAMED_BEFORE.matcher(text);
        Matcher id = ID_BEFORE.matcher(text);
        for (MatchResult number : NUMBER.findAll(text)) {
            double confidence = PrecedingText.matchStart(named, number.start(), WINDOW) >= 0 ? NAMED_NUMBER_CONFIDENCE
                    : PrecedingText.matchStart(id, number.start(), WINDOW) >= 0 ? ID_CONFIDENCE : 0;
            if (confidence > 0) {
                findings.add(Finding.of(FindingType.STAFF_NUMBER, text, number.start(), number.end(), confidence));
            }
        }
        return findings;
    }
}
