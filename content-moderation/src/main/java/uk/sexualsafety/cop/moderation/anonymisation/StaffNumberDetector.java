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
final class StaffNumberDetector implements WordDetector {

    private static final double NAMED_NUMBER_CONFIDENCE = 0.9;
    /** "ID" and "PIN" also stand before reference and order numbers. */
    private static final double ID_CONFIDENCE = 0.75;

    /**
     * Digits, perhaps after capitals (E123456, AB-12345, TVP 3392, S 449 210) or lower-case letters joined to them
     * (amb04512), or an NMC PIN (09I1234E). The number's first digit is at most five characters in (TVPS ).
     */
    private static final DigitAnchoredPattern NUMBER = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?!(?i:id|pin|no|ref|is|of|was|num)\\b|(?i:ref)\\d)"
                    + "(?:\\d{2}[A-Za-z]\\d{4}[A-Za-z]|(?:[A-Z]{1,4}[ -]?|[a-z]{1,4}-?)?\\d{3,10}"
                    + "(?:[ ]\\d{3}){0,2})(?![\\p{Alnum}]|[.,/:-]\\d)"), 0, 5,
            StaffNumberDetector::mayStartNumber);
    /** Fewer digits than this need letters before them: "collar 4471" is a number, "staff 12" a headcount. */
    private static final int MIN_DIGITS_ALONE = 4;
    /** "ID" and "PIN" stand before short codes of every kind: only five digits or more count after them. */
    private static final int MIN_DIGITS_AFTER_ID = 5;

    private static final String THEN = "(?:\\s*(?:number\\b|num\\b|no\\b\\.?|#|id\\b|ref\\b\\.?|reference\\b"
            + "|pin\\b|reg\\b|registration\\b))?(?:\\s*(?:is\\b|was\\b|of\\b|:|#|-|=))?\\s*$";
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{Alnum}])(?i:"
            + "staff|payroll|employee|emp|assignment|collar|badge|warrant|esr|personnel|pay|nmc|hcpc|gmc|"
            + "smartcard|smart card|worker|clock)" + "(?i:" + THEN + ")");
    private static final Pattern ID_BEFORE = Pattern.compile(
            "(?<![\\p{Alnum}])(?:ID|Id|PIN|[Pp]in)(?i:" + THEN + ")");
    private static final int WINDOW = 40;

    /** Digits, or up to four letters before digits: most words near a number are neither. */
    private static boolean mayStartNumber(String text, int index) {
        char c = text.charAt(index);
        if (c >= '0' && c <= '9') {
            return true;
        }
        int lettersEnd = DigitAnchoredPattern.asciiLettersEnd(text, index);
        return lettersEnd > index && lettersEnd - index <= 4 && DigitAnchoredPattern.digitsFollow(text, lettersEnd);
    }

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        Matcher named = NAMED_BEFORE.matcher(text);
        Matcher id = ID_BEFORE.matcher(text);
        for (MatchResult number : NUMBER.findAll(tokens)) {
            if (countDigits(number.group()) < MIN_DIGITS_ALONE && Character.isDigit(number.group().charAt(0))) {
                continue;
            }
            double confidence = PrecedingText.matchStart(named, text, number.start(), WINDOW) >= 0 ? NAMED_NUMBER_CONFIDENCE
                    : countDigits(number.group()) >= MIN_DIGITS_AFTER_ID
                    && PrecedingText.matchStart(id, text, number.start(), WINDOW) >= 0 ? ID_CONFIDENCE : 0;
            if (confidence > 0) {
                findings.add(Finding.of(FindingType.STAFF_NUMBER, text, number.start(), number.end(), confidence));
            }
        }
        return findings;
    }

    private static int countDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }
}
