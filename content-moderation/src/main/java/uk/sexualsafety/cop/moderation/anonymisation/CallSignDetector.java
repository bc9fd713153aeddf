package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Call signs of ambulance vehicles and crews: letters and a number ("RRV 123", "A123", "DCA456"), a phonetic-alphabet
 * word and a number ("Delta 12", "Echo 4-1"), or, after "call sign", a number alone. Reported after the words that
 * name them ("call sign", "vehicle", "unit", "crew", "car", "resource"), or without them when the letters are a kind
 * of ambulance resource (RRV, DCA, HART...), which makes the number a call sign.
 */
final class CallSignDetector implements WordDetector {

    private static final double NAMED_CONFIDENCE = 0.85;
    private static final double RESOURCE_KIND_CONFIDENCE = 0.7;
    private static final double PHONETIC_ALONE_CONFIDENCE = 0.5;

    private static final List<String> PHONETIC_WORDS = List.of("Alpha", "Alfa", "Bravo", "Charlie", "Delta", "Echo",
            "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa",
            "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Whisky", "X-ray", "Xray", "Yankee",
            "Zulu");
    private static final String PHONETIC = "(?i:" + String.join("|", PHONETIC_WORDS) + ")";
    private static final DigitAnchoredPattern.Start PHONETIC_WORD = DigitAnchoredPattern.Start.wordIn(
            PHONETIC_WORDS.stream().filter(word -> !word.contains("-")).toList());
    /**
     * The first digit is at most ten characters in ("November 4"); a registration's letters after the number
     * ("AB12 CDE") make it a registration instead.
     */
    private static final DigitAnchoredPattern CALL_SIGN = new DigitAnchoredPattern(Pattern.compile(
            "(?<![\\p{Alnum}])(?:"
                    // First: most starts tried are digits, which no other alternative begins with.
                    + "(?<digits>\\d{2,6})"
                    + "|(?<phonetic>" + PHONETIC + ")[ -]?\\d{1,3}(?:[-/]\\d{1,2})?"
                    + "|(?<kind>(?i:rrv|dca|frv|hart|hems|ucr|mru|srv|ccp))[ -]?\\d{1,4}"
                    + "|(?<letters>[A-Z]{1,4})[ -]?\\d{1,4}(?:[-/]\\d{1,2})?[A-Z]?(?! ?[A-Z]{3}(?![\\p{Alnum}]))"
                    + ")(?![\\p{Alnum}]|[.,:/-]\\d)"), 0, 10, CallSignDetector::mayStartCallSign);

    private static final Pattern NAMED_BEFORE = Pattern.compile("(?<![\\p{Alnum}])(?i:"
            + "call[- ]?sign|vehicle|unit|crew|car|resource)"
            + "(?i:(?:\\s*(?:number|no\\.?|#))?(?:\\s*(?:is|was|of|:|#|-|=))?\\s*)$");
    private static final Pattern CALL_SIGN_BEFORE = Pattern.compile(
            "(?<![\\p{Alnum}])(?i:call[- ]?sign)(?i:(?:\\s*(?:is|was|of|:|#|-|=))?\\s*)$");
    /** "we were delta 21", "crewed as Echo 14": a phonetic word and two digits after them. */
    private static final Pattern CREWED_AS_BEFORE = Pattern.compile(
            "(?<![\\p{Alnum}])(?i:were|was|as|i'm|we're|im|on)\\s+$");
    private static final int WINDOW = 30;

    /** Kinds of ambulance resource, whose letters before a number make it a call sign. */
    private static final Set<String> RESOURCE_KINDS =
            Set.of("RRV", "DCA", "FRV", "HART", "HEMS", "PTS", "ECP", "UCR", "MRU", "SRV", "CCP");

    /**
     * Digits, up to four letters before digits ("RRV 123", "A123"), or a phonetic word: most words near a number are
     * none of these, and the pattern's alternatives need not be tried on them.
     */
    private static boolean mayStartCallSign(String text, int index) {
        char c = text.charAt(index);
        if (c >= '0' && c <= '9') {
            return true;
        }
        int lettersEnd = DigitAnchoredPattern.asciiLettersEnd(text, index);
        return lettersEnd > index && (lettersEnd - index <= 4 && DigitAnchoredPattern.digitsFollow(text, lettersEnd)
                || PHONETIC_WORD.admits(text, index) || text.regionMatches(true, index, "x-ray", 0, 5));
    }

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        Matcher named = NAMED_BEFORE.matcher(text);
        Matcher callSignNamed = CALL_SIGN_BEFORE.matcher(text);
        Matcher crewedAs = CREWED_AS_BEFORE.matcher(text);
        for (MatchResult callSign : CALL_SIGN.findAll(tokens)) {
            double confidence = confidence(text, callSign, named, callSignNamed, crewedAs);
            if (confidence > 0) {
                findings.add(Finding.of(FindingType.CALL_SIGN, text, callSign.start(), callSign.end(), confidence));
            }
        }
        return findings;
    }

    private static double confidence(String text, MatchResult callSign, Matcher named, Matcher callSignNamed,
                                     Matcher crewedAs) {
        if (callSign.group("digits") != null) {
            // "crew 2", "unit 12": only "call sign" makes a bare number a call sign; most numbers have no "sign".
            return PrecedingText.contains(text, callSign.start(), WINDOW, "sign")
                    && PrecedingText.matchStart(callSignNamed, text, callSign.start(), WINDOW) >= 0 ? NAMED_CONFIDENCE : 0;
        }
        if (PrecedingText.matchStart(named, text, callSign.start(), WINDOW) >= 0) {
            return NAMED_CONFIDENCE;
        }
        if (callSign.group("kind") != null) {
            return RESOURCE_KIND_CONFIDENCE;
        }
        if (callSign.group("phonetic") != null && callSign.group().chars().filter(Character::isDigit).count() >= 2
                && PrecedingText.matchStart(crewedAs, text, callSign.start(), WINDOW) >= 0) {
            // "we were delta 21": two digits after a phonetic word are a call sign more often than not.
            return PHONETIC_ALONE_CONFIDENCE;
        }
        String letters = callSign.group("letters");
        return letters != null && RESOURCE_KINDS.contains(letters) ? RESOURCE_KIND_CONFIDENCE : 0;
    }
}
