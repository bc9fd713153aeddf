package uk.sexualsafety.cop.moderation.anonymisation;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers that libphonenumber finds valid, read as UK numbers unless written with a country code (a number
 * written "+33 ..." identifies a person as well as a UK one), and Ofcom's drama numbers. Numbers written like a
 * valid NHS number are left to the NHS number detector.
 */
final class PhoneNumberDetector implements WordDetector {

    private static final String DEFAULT_REGION = "GB";

    /**
     * Digits from the 0, 44 or plus sign on: the shortest UK number, 0800 1111, has eight; the shortest anywhere,
     * Niue's (+683 and four digits), seven.
     */
    private static final int MIN_DIGITS = 7;

    /**
     * Ofcom's ranges reserved for drama, 07700 900xxx and 01632 960xxx, are never allocated, so libphonenumber rejects
     * them; examples, training material and test data use them, and a moderator should see them treated as numbers.
     */
    private static final Pattern OFCOM_DRAMA_NUMBER = Pattern.compile(
            "(?<![\\p{Alnum}+])"
                    + "(?:\\+44[ \\u00A0]?(?:\\(0\\)[ \\u00A0]?)?|\\(?0)"
                    + "(?:7700\\)?[ \\u00A0]?900|1632\\)?[ \\u00A0]?960)[ \\u00A0]?\\d{3}"
                    + "(?![\\p{Alnum}])");

    /**
     * libphonenumber slows down on long stretches of digits and punctuation, so a longer stretch is read in windows
     * that start where a number can start and overlap by more than the longest written number.
     */
    private static final int WINDOW_LENGTH = 64;
    private static final int WINDOW_STEP = 32;

    private static final double CONFIDENCE = 0.9;
    private static final double UK_SHAPED_CONFIDENCE = 0.75;

    /**
     * A number shaped as UK numbers are, whatever libphonenumber knows of its range: 0 and ten digits, or 44 and
     * ten, grouped by spaces, dots, dashes or brackets as people write them ("07700.900.334", "0044 (0)20 7946 0999",
     * "079 1234 5678"). Made-up and newly allocated numbers identify a person as well as valid ones.
     */
    private static final DigitAnchoredPattern UK_SHAPED = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}+.])(?:(?:\\+|00)[ ]?44[ ]?(?:\\(0\\)[ ]?)?|\\(?(?=0))"
                    + "(?<digits>\\d(?:[ .\\-)]{0,2}\\d){9,10})(?![\\p{Alnum}]|[.\\-/]\\d)"), 0, 4);

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        // Overlapping windows can find a number twice.
        var findings = new LinkedHashSet<Finding>();
        int index = 0;
        while (index < text.length()) {
            if (!isNumberCharacter(text.charAt(index))) {
                index++;
                continue;
            }
            int runStart = index;
            while (index < text.length() && isNumberCharacter(text.charAt(index))) {
                index++;
            }
            findInRun(text, runStart, index, findings);
        }
        addUkShaped(tokens, findings);
        return List.copyOf(findings);
    }

    /** Numbers shaped as UK numbers that libphonenumber did not take for valid ones. */
    private static void addUkShaped(Tokens tokens, Set<Finding> findings) {
        String text = tokens.text();
        for (MatchResult number : UK_SHAPED.findAll(tokens)) {
            int digits = countDigits(number.group("digits"));
            boolean international = number.group().startsWith("+") || number.group().startsWith("00");
            boolean national = !international && (number.group().startsWith("0") || number.group().startsWith("(0"));
            if ((international && digits == 10 || national && digits == 11)
                    && !NhsNumbers.isValidNhsNumber(number.group())
                    && findings.stream().noneMatch(found -> found.start() < number.end() && number.start() < found.end())) {
                findings.add(Finding.of(FindingType.PHONE_NUMBER, text, number.start(), number.end(),
                        UK_SHAPED_CONFIDENCE));
            }
        }
    }

    private void findInRun(String text, int runStart, int runEnd, Set<Finding> findings) {
        if (runEnd - runStart <= WINDOW_LENGTH) {
            if (mayHoldNumber(text, runStart, runEnd)) {
                findInWindow(text, runStart, runEnd, findings);
            }
            return;
        }
        // A window starting inside a number would hide the numbers after it: libphonenumber reads on from the
        // start of a window as one candidate.
        int from = nextNumberStart(text, runStart, runEnd);
        while (from < runEnd) {
            int to = Math.min(runEnd, from + WINDOW_LENGTH);
            int lastNumberEnd = mayHoldNumber(text, from, to) ? findInWindow(text, from, to, findings) : from;
            if (to == runEnd) {
                return;
            }
            from = nextNumberStart(text, Math.max(lastNumberEnd, from + WINDOW_STEP), runEnd);
        }
    }

    /** Adds the numbers in {@code text[from, to)} and returns where the last one ends, {@code from} if none. */
    private int findInWindow(String text, int from, int to, Set<Finding> findings) {
        // One character either side: libphonenumber rejects a number next to a letter, and a digit there keeps it
        // from taking the part of a number that the window cuts for a whole one.
        int windowStart = Math.max(0, from - 1);
        String window = text.substring(windowStart, Math.min(text.length(), to + 1));
        int lastNumberEnd = from;
        Iterable<PhoneNumberMatch> matches =
                phoneNumbers.findNumbers(window, DEFAULT_REGION, Leniency.VALID, Long.MAX_VALUE);
        for (PhoneNumberMatch match : matches) {
            addUnlessNhsNumber(text, windowStart + match.start(), windowStart + match.end(), findings);
            lastNumberEnd = Math.max(lastNumberEnd, windowStart + match.end());
        }
        Matcher dramaNumber = OFCOM_DRAMA_NUMBER.matcher(window);
        while (dramaNumber.find()) {
            addUnlessNhsNumber(text, windowStart + dramaNumber.start(), windowStart + dramaNumber.end(), findings);
            lastNumberEnd = Math.max(lastNumberEnd, windowStart + dramaNumber.end());
        }
        return lastNumberEnd;
    }

    private static void addUnlessNhsNumber(String text, int start, int end, Set<Finding> findings) {
        // UK numbers are written 4-3-3, 5-6 or 3-4-4; ten digits grouped 3-3-4 or unbroken that pass the NHS check
        // are far more likely an NHS number.
        if (!NhsNumbers.isValidNhsNumber(text.substring(start, end))) {
            findings.add(Finding.of(FindingType.PHONE_NUMBER, text, start, end, CONFIDENCE));
        }
    }

    private static int countDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    private static int nextNumberStart(String text, int from, int runEnd) {
        int index = from;
        while (index < runEnd && !canStartNumber(text, index)) {
            index++;
        }
        return index;
    }

    /** Whether {@code text[from, to)} has enough digits from a place where a number can start. */
    private static boolean mayHoldNumber(String text, int from, int to) {
        int digitsFromNumberStart = -1;
        for (int index = from; index < to; index++) {
            if (digitsFromNumberStart < 0 && canStartNumber(text, index)) {
                digitsFromNumberStart = 0;
            }
            if (digitsFromNumberStart >= 0 && Character.isDigit(text.charAt(index))) {
                digitsFromNumberStart++;
            }
        }
        return digitsFromNumberStart >= MIN_DIGITS;
    }

    /**
     * With the UK as default region libphonenumber accepts only numbers written with a plus sign, the national prefix
     * 0 (which covers the international prefix 00) or the country code 44 without a plus sign.
     */
    private static boolean canStartNumber(String text, int index) {
        char c = text.charAt(index);
        if (c == '+' || c == '\uFF0B') {
            return true;
        }
        if (!Character.isDigit(c) || (index > 0 && Character.isDigit(text.charAt(index - 1)))) {
            return false;
        }
        int digit = Character.digit(c, 10);
        return digit == 0
                || (digit == 4 && index + 1 < text.length() && Character.digit(text.charAt(index + 1), 10) == 4);
    }

    /**
     * Digits and the punctuation numbers are written with. Not the slash: it joins the parts of dates (01/02/2023),
     * and UK numbers are not written with it.
     */
    private static boolean isNumberCharacter(char c) {
        return Character.isDigit(c) || Character.isSpaceChar(c)
                || c == '+' || c == '\uFF0B' || c == '(' || c == ')' || c == '-' || c == '.'
                || (c >= '\u2010' && c <= '\u2015'); // hyphens and dashes
    }
}
