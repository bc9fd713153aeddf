package uk.sexualsafety.cop.moderation.anonymisation;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK vehicle registrations: the current format (AB12 CDE, AB12CDE) when its age identifier has been issued (02 to this
 * year's March number, 51 to this year's September number), and, less surely, the prefix (A123 BCD) and suffix (ABC
 * 123D) formats before it. Capitals only, as plates are written; the letters DVLA never uses keep look-alikes out.
 */
final class VehicleRegistrationDetector implements WordDetector {

    private static final double CURRENT_CONFIDENCE = 0.85;
    private static final double OLDER_CONFIDENCE = 0.6;

    /** The first digit is 1 (A123 BCD) to 4 (ABC 123D) characters in. */
    private static final DigitAnchoredPattern REGISTRATION = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?:"
                    // Memory tag: a region letter (no I, J, Q, T, U, X, Z) and a letter (no I, Q, Z).
                    + "(?<tag>[A-HK-PRSVWY][A-HJ-PR-Y])(?<age>\\d{2}) ?[A-HJ-PR-Z]{3}"
                    // Prefix: a year letter (no I, O, Q, U, Z), 1 to 3 digits, three letters.
                    + "|(?<prefix>[A-HJ-NPR-TV-Y]\\d{1,3} ?[A-HJ-PR-Y]{3})"
                    // Suffix: three letters, 1 to 3 digits, a year letter.
                    + "|(?<suffix>[A-HJ-PR-Y]{3} ?\\d{1,3}[A-HJ-NPR-TV-Y])"
                    + ")(?![\\p{Alnum}])"), 1, 4, DigitAnchoredPattern.Start.LETTER);

    /**
     * The current format as people type it: in lower case, with a dash, or unspaced ("ab12cde", "WM18-TXA",
     * "bx21-fgh"); with a space inside the memory tag's part ("yj 70 kpn") only after "reg" or "plate".
     */
    private static final DigitAnchoredPattern CURRENT_AS_TYPED = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?<tag>[a-z]{2})(?<gap>[ ]?)(?<age>\\d{2})[ -]?(?<letters>[a-z]{3})(?![\\p{Alnum}])",
            Pattern.CASE_INSENSITIVE), 2, 3, DigitAnchoredPattern.Start.LETTER);
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{Alnum}])(?i:reg|registration|plate|"
            + "number plate|reg plate|reg no|vrm)\\.?(?i:\\s*(?:number|no\\b\\.?|#))?(?i:\\s*(?:is|was|of|:|#|-|=))?\\s*$");
    private static final Pattern ISSUED_TAG = Pattern.compile("[A-HK-PRSVWY][A-HJ-PR-Y]");
    private static final Pattern ISSUED_LETTERS = Pattern.compile("[A-HJ-PR-Z]{3}");
    private static final double AS_TYPED_CONFIDENCE = 0.7;

    /** The last two digits of the newest year whose March and September age identifiers count as issued. */
    private final int latestYear;

    VehicleRegistrationDetector() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock says which age identifiers have been issued */
    VehicleRegistrationDetector(Clock clock) {
        this.latestYear = Year.now(clock).getValue() % 100;
    }

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        Matcher named = NAMED_BEFORE.matcher(text);
        for (MatchResult typed : CURRENT_AS_TYPED.findAll(tokens)) {
            String tag = typed.group("tag").toUpperCase(Locale.ROOT);
            String letters = typed.group("letters").toUpperCase(Locale.ROOT);
            boolean spacedTag = !typed.group("gap").isEmpty();
            if (ISSUED_TAG.matcher(tag).matches() && ISSUED_LETTERS.matcher(letters).matches()
                    && isIssued(Integer.parseInt(typed.group("age")))
                    && (!spacedTag || PrecedingText.matchStart(named, text, typed.start(), 30) >= 0)) {
                findings.add(Finding.of(FindingType.VEHICLE_REGISTRATION, text, typed.start(), typed.end(),
                        AS_TYPED_CONFIDENCE));
            }
        }
        for (MatchResult registration : REGISTRATION.findAll(tokens)) {
            String age = registration.group("age");
            if (age == null) {
                findings.add(Finding.of(FindingType.VEHICLE_REGISTRATION, text, registration.start(),
                        registration.end(), OLDER_CONFIDENCE));
            } else if (isIssued(Integer.parseInt(age))) {
                findings.add(Finding.of(FindingType.VEHICLE_REGISTRATION, text, registration.start(),
                        registration.end(), CURRENT_CONFIDENCE));
            }
        }
        return findings.size() < 2 ? findings : Overlaps.withoutContained(findings);
    }

    /** 02 for March 2002 up to this year's March number, 51 for September 2001 up to this year's September one. */
    private boolean isIssued(int age) {
        return (age >= 2 && age <= latestYear) || (age >= 51 && age <= 50 + latestYear);
    }
}
