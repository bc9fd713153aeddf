package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streets and addresses: a name before a street word ("Church Street", "maple crescent", "6 brook st"), with the
 * house number and a flat or unit before it ("flat 4, 27 oak lane"), and Welsh streets named after their word
 * ("4 Ffordd y Llyn"). In lower case a street needs a number or a preposition before it ("on mill lane"), so that
 * "the main road" and "down the road" stay unflagged; a building ("Riverside Court", "Brunel Business Park") needs a
 * number or a flat or unit before it. Reported as a place.
 */
final class AddressDetector implements WordDetector {

    private static final double NUMBERED_CONFIDENCE = 0.85;
    private static final double NAMED_CONFIDENCE = 0.7;

    private static final Set<String> STREETS = Set.of("road", "rd", "street", "st", "avenue", "ave", "lane", "ln",
            "close", "drive", "way", "crescent", "cres", "terrace", "tce", "place", "grove", "gardens", "gdns",
            "square", "sq", "parade", "walk", "row", "mews", "rise", "wynd", "vennel", "boulevard", "embankment",
            "quay", "wharf", "crossway", "brae", "loan", "drove", "hill", "green");
    /** Named buildings and estates: only with a number or a flat before them. */
    private static final Set<String> BUILDINGS = Set.of("court", "park", "house", "estate", "centre", "view",
            "heights", "buildings", "tower", "towers", "lodge", "apartments", "flats", "yard");
    /** Welsh and Gaelic words that come before a street's name. */
    private static final Set<String> STREETS_FIRST = Set.of("ffordd", "heol", "stryd", "lon", "sraid");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "off", "along", "down", "up", "near", "at",
            "from", "to", "into", "onto", "round", "opposite", "past", "of", "lives", "lived", "live");
    /** Common words that make a street no name: "the main road", "a side street", "ring road". */
    private static final Set<String> NOT_STREET_NAMES = Set.of("main", "side", "back", "ring", "slip", "dual",
            "country", "one", "same", "other", "next", "busy", "quiet", "long", "wrong", "right", "left", "own",
            "whole", "top", "bottom", "end", "car", "high", "this", "that", "private", "public", "b", "a", "m");

    private static final int MAX_NAME_WORDS = 3;
    private static final int WINDOW = 30;
    /** A house number, perhaps after a flat or unit: "27 ", "43b ", "flat 4, 27 ", "unit 6, ". */
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)(?<![\\p{Alnum}])(?:(?:flat|unit|apt|apartment"
            + "|room|suite|no\\.?)\\s*\\d{1,4}[a-z]?\\s*,?\\s*(?:\\d{1,4}[a-z]?\\s*,?\\s*)?|\\d{1,4}[a-z]?\\s*,?\\s*)$");

    @Override
    public List<Finding> detect(Tokens tokens) {
        var findings = new ArrayList<Finding>();
        Matcher number = NUMBER_BEFORE.matcher(tokens.text());
        int free = 0;
        for (int token = 0; token < tokens.size(); token++) {
            String word = tokens.lowerCase(token);
            boolean street = STREETS.contains(word);
            boolean building = BUILDINGS.contains(word);
            if (STREETS_FIRST.contains(word)) {
                int end = token + 1;
                while (end < tokens.size() && end - token <= MAX_NAME_WORDS && tokens.joinsPrevious(end)
                        && !Lexicon.FUNCTION_WORDS.contains(tokens.lowerCase(end))
                        && (!Lexicon.isOrdinaryWord(tokens.lowerCase(end)) || tokens.length(end) <= 2)) {
                    end++;
                }
                if (end > token + 1 && token >= free) {
                    int numberStart = PrecedingText.matchStart(number, tokens.text(), tokens.start(token), WINDOW);
                    findings.add(Finding.of(FindingType.PLACE, tokens.text(),
                            numberStart >= 0 ? numberStart : tokens.start(token), tokens.end(end - 1),
                            numberStart >= 0 ? NUMBERED_CONFIDENCE : NAMED_CONFIDENCE));
                    free = end;
                    token = end - 1;
                }
                continue;
            }
            if ((!street && !building) || token == 0 || !tokens.joinsPrevious(token)) {
                continue;
            }
            int first = token;
            boolean allCapitalised = tokens.isCapitalised(token);
            while (first > free && token - first < MAX_NAME_WORDS && tokens.joinsPrevious(first)
                    && isNameWord(tokens, first - 1)) {
                first--;
                allCapitalised &= tokens.isCapitalised(first);
            }
            if (first == token) {
                // "14 the crescent": a street named by its word alone, after a house number.
                int withArticle = first > free && tokens.lowerCase(first - 1).equals("the") && street
                        ? PrecedingText.matchStart(number, tokens.text(), tokens.start(first - 1), WINDOW) : -1;
                if (withArticle >= 0) {
                    findings.add(Finding.of(FindingType.PLACE, tokens.text(), withArticle, tokens.end(token),
                            NUMBERED_CONFIDENCE));
                    free = token + 1;
                }
                continue;
            }
            int numberStart = PrecedingText.matchStart(number, tokens.text(), tokens.start(first), WINDOW);
            // "14 the crescent": the article belongs to a numbered street's name.
            if (numberStart < 0 && first > free && tokens.lowerCase(first - 1).equals("the")) {
                int withArticle = PrecedingText.matchStart(number, tokens.text(), tokens.start(first - 1), WINDOW);
                if (withArticle >= 0) {
                    numberStart = withArticle;
                }
            }
            boolean preposition = first > 0 && tokens.joinsPrevious(first)
                    && PREPOSITIONS.contains(tokens.lowerCase(first - 1));
            boolean named = !NOT_STREET_NAMES.contains(tokens.lowerCase(first)) || token - first > 1;
            double confidence;
            if (numberStart >= 0) {
                confidence = NUMBERED_CONFIDENCE;
            } else if (street && named && (allCapitalised && !tokens.startsSentence(first) || preposition)) {
                confidence = NAMED_CONFIDENCE;
            } else {
                continue;
            }
            findings.add(Finding.of(FindingType.PLACE, tokens.text(), numberStart >= 0 ? numberStart
                    : tokens.start(first), tokens.end(token), confidence));
            free = token + 1;
        }
        return findings;
    }

    /** A word of a street's name: "St Mary's", "Oak", "albion"; not a function word, article or another street. */
    private static boolean isNameWord(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        return !Lexicon.FUNCTION_WORDS.contains(word) && !STREETS_FIRST.contains(word)
                && !PREPOSITIONS.contains(word) && !Lexicon.WEEKDAYS.contains(word) && !Lexicon.MONTHS.contains(word)
                && !word.equals("the") && !word.equals("a") && !word.equals("my") && !word.equals("our")
                && !word.equals("your") && !word.equals("his") && !word.equals("their");
    }
}
