package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Towns, cities and stations: the UK towns built in, the station names an installation adds, and a capitalised name
 * before "Station" or "Ambulance Station". Of "Hillside Ambulance Station" only "Hillside" is reported, so the reader
 * still sees that it was an ambulance station.
 *
 * <p>A town that is also an ordinary word (Bath, Reading, Street, Wells, Sale, Deal) is reported when a preposition
 * stands before it ("in Bath"), or, less surely, when it is capitalised in the middle of a sentence on its own; a town
 * that is also a person's name (Barry, Preston) only after a preposition of place; March only after "near",
 * "outside" or "via", since "in March" is a month.
 */
final class PlaceDetector implements WordDetector {

    private static final double AFTER_PREPOSITION_CONFIDENCE = 0.8;
    private static final double TOWN_CONFIDENCE = 0.7;
    private static final double TOWN_IN_LOWER_CASE_CONFIDENCE = 0.6;
    private static final double ORDINARY_WORD_CONFIDENCE = 0.45;
    private static final double ADDED_STATION_CONFIDENCE = 0.9;
    private static final double AMBULANCE_STATION_CONFIDENCE = 0.85;
    private static final double STATION_CONFIDENCE = 0.8;
    private static final double LOWER_CASE_STATION_CONFIDENCE = 0.7;

    private static final Set<String> PREPOSITIONS_OF_PLACE = Set.of("in", "at", "near", "from", "to", "towards",
            "outside", "via", "into", "around", "through", "past", "round");
    /** "Spoke to Barry", "a text from Preston": people are spoken to and heard from too. */
    private static final Set<String> PREPOSITIONS_ONLY_OF_PLACE =
            Set.of("in", "at", "near", "outside", "via", "into", "around", "through", "past", "round", "on");
    /** "In March", "from March" and "around March" are months. */
    private static final Set<String> PREPOSITIONS_NOT_OF_TIME = Set.of("near", "outside", "via");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "our", "my", "your");

    /** Words between a station's name and "Station" that say what kind of station it is. */
    private static final Set<String> STATION_KINDS = Set.of("ambulance", "fire", "police", "railway", "rail",
            "train", "bus", "coach", "tube", "underground", "community", "response", "standby");
    private static final int MAX_STATION_NAME_WORDS = 3;

    /** Station names are given as the directory writes them; the kind of station is found by its own rule. */
    private static final Pattern STATION_SUFFIX = Pattern.compile("(?i)(?:\\s+(?:ambulance|fire|police))?\\s+station$");

    private enum Kind { TOWN, TOWN_AND_SURNAME, TOWN_AND_WORD, TOWN_AND_PERSON, TOWN_AND_MONTH, STATION,
        STATION_IN_ANY_CASE }

    /** Titles and roles before a town's name that make it a surname: "Dr Preston", "paramedic Lincoln". */
    private static final Set<String> BEFORE_SURNAMES = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "sgt", "pc",
            "dc", "paramedic", "nurse", "colleague", "called", "named", "manager", "officer", "sergeant");
    /** Words after a town's name that make it a place: "Barry station", "Preston uni". */
    private static final Set<String> PLACE_ENDINGS = Set.of("station", "hospital", "infirmary", "uni", "university",
            "college", "police", "airport", "town", "city", "centre", "docks", "island", "beach", "way", "area");

    private static final Pattern STREET_NAMED = Pattern.compile(
            " (?:Street|Road|Lane|Avenue|Way|Place|Crescent|Terrace|Walk|Square)$");

    /** The built-in towns, districts, islands and stations, read once per JVM. */
    private static final Gazetteer<Kind> BUILT_IN = builtIn();

    private final Gazetteer<Kind> places;

    PlaceDetector() {
        this(List.of());
    }

    private static Gazetteer<Kind> builtIn() {
        Gazetteer.Builder<Kind> builder = Gazetteer.builder();
        for (String town : Lexicon.TOWNS) {
            if (STREET_NAMED.matcher(town).find()) {
                // "Church Street" the tram stop is every town's street: streets are the address detector's.
                continue;
            }
            // Each spelling's words read once: the towns are thousands, read while the JVM starts.
            Tokens townWords = Tokens.of(town);
            Kind kind = kindOf(townWords);
            for (String spelling : spellings(town)) {
                Tokens words = spelling.equals(town) ? townWords : Tokens.of(spelling);
                if (kind == Kind.TOWN && words.size() > 1) {
                    builder.add(words, kind);
                } else {
                    builder.addInAnyCase(words, kind);
                }
            }
        }
        return builder.build();
    }

    /** "King's Lynn" is written "Kings Lynn" as often, and "Saint Helens" "St Helens". */
    private static List<String> spellings(String town) {
        var spellings = new ArrayList<String>(List.of(town));
        if (town.contains("'s") || town.contains("\u2019s")) {
            spellings.add(town.replace("'s", "s").replace("\u2019s", "s"));
        }
        if (town.startsWith("Saint ")) {
            spellings.add("St " + town.substring("Saint ".length()));
        }
        return spellings;
    }

    /** @param stationNames names of stations to report besides the built-in towns, with or without "Station" */
    PlaceDetector(Collection<String> stationNames) {
        Gazetteer.Builder<Kind> builder = Gazetteer.builder();
        for (String station : stationNames) {
            String name = STATION_SUFFIX.matcher(station.strip()).replaceFirst("");
            Tokens words = Tokens.of(name);
            if (words.size() > 1 || (words.size() == 1 && words.length(0) > 1)) {
                builder.add(name, Kind.STATION);
                if (words.size() == 1) {
                    // "larkfield station" as informal writing has it; "hillside" in lower case needs "station".
                    builder.addInAnyCase(name, Kind.STATION_IN_ANY_CASE);
                }
            }
        }
        this.places = builder.build();
    }

    private static Kind kindOf(Tokens words) {
        if (words.size() > 1) {
            return Kind.TOWN;
        }
        String word = words.lowerCase(0);
        if (Lexicon.MONTHS.contains(word)) {
            return Kind.TOWN_AND_MONTH;
        }
        if (Lexicon.isOrdinaryWord(word) || Lexicon.NOT_NAMES.contains(word)) {
            return Kind.TOWN_AND_WORD;
        }
        if (Lexicon.GIVEN_NAMES.contains(word)) {
            return Kind.TOWN_AND_PERSON;
        }
        return Lexicon.SURNAMES.contains(word) ? Kind.TOWN_AND_SURNAME : Kind.TOWN;
    }

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        for (int token = 0; token < tokens.size(); token++) {
            Gazetteer.Match<Kind> place = longest(BUILT_IN.longestAt(tokens, token), places.longestAt(tokens, token));
            if (place != null) {
                double confidence = confidence(tokens, place);
                if (confidence > 0) {
                    findings.add(Finding.of(FindingType.PLACE, text, tokens.start(token),
                            tokens.end(place.endToken() - 1), confidence));
                }
            }
            if (tokens.lowerCase(token).equals("station")) {
                addStationName(tokens, token, findings);
            }
        }
        return findings.size() < 2 ? findings : Overlaps.withoutContained(findings);
    }

    private static Gazetteer.Match<Kind> longest(Gazetteer.Match<Kind> builtIn, Gazetteer.Match<Kind> added) {
        if (added == null) {
            return builtIn;
        }
        return builtIn == null || added.endToken() >= builtIn.endToken() ? added : builtIn;
    }

    /** How sure the place is a place here, 0 when it is not. */
    private static double confidence(Tokens tokens, Gazetteer.Match<Kind> place) {
        int token = place.firstToken();
        String before = token > 0 && tokens.joinsPrevious(token) ? tokens.lowerCase(token - 1) : "";
        if (before.equals("of") && token > 1 && tokens.joinsPrevious(token - 1)
                && tokens.lowerCase(token - 2).equals("out")) {
            // "working out of Bradford".
            before = "in";
        }
        boolean oneWord = place.endToken() - token == 1;
        boolean endingAfter = place.endToken() < tokens.size() && tokens.joinsPrevious(place.endToken())
                && PLACE_ENDINGS.contains(tokens.lowerCase(place.endToken()));
        if (oneWord && place.value() != Kind.STATION && !endingAfter && !sameCaseAsText(tokens, token)) {
            return 0;
        }
        return switch (place.value()) {
            case STATION -> ADDED_STATION_CONFIDENCE;
            case STATION_IN_ANY_CASE -> endingAfter || !Lexicon.isOrdinaryWord(tokens.lowerCase(token))
                    ? LOWER_CASE_STATION_CONFIDENCE : 0;
            case TOWN -> PREPOSITIONS_OF_PLACE.contains(before) ? AFTER_PREPOSITION_CONFIDENCE
                    : oneWord || tokens.isCapitalised(token) ? TOWN_CONFIDENCE : TOWN_IN_LOWER_CASE_CONFIDENCE;
            case TOWN_AND_SURNAME -> BEFORE_SURNAMES.contains(before) ? 0
                    : PREPOSITIONS_OF_PLACE.contains(before) || endingAfter ? AFTER_PREPOSITION_CONFIDENCE
                    : TOWN_IN_LOWER_CASE_CONFIDENCE;
            case TOWN_AND_PERSON -> PREPOSITIONS_ONLY_OF_PLACE.contains(before) || endingAfter
                    ? AFTER_PREPOSITION_CONFIDENCE : 0;
            case TOWN_AND_MONTH -> PREPOSITIONS_NOT_OF_TIME.contains(before) && tokens.isCapitalised(token)
                    ? AFTER_PREPOSITION_CONFIDENCE : 0;
            case TOWN_AND_WORD -> !tokens.isCapitalised(token) ? 0
                    : PREPOSITIONS_OF_PLACE.contains(before) ? AFTER_PREPOSITION_CONFIDENCE
                    : standsAlone(tokens, token, before) ? ORDINARY_WORD_CONFIDENCE : 0;
        };
    }

    /**
     * A one-word town written as names are written: capitalised, all in capitals, or in lower case; not "LEEDS" in
     * the middle of mixed case, where capitals make an acronym, nor "lEEDS".
     */
    private static boolean sameCaseAsText(Tokens tokens, int token) {
        return tokens.isCapitalised(token) || tokens.isLowerCase(token)
                || tokens.isUpperCase(token) && tokens.length(token) > 3;
    }

    /**
     * A capitalised word in the middle of a sentence, not after an article ("the Sale") and not part of a longer
     * capitalised name ("Church Street", "Reading Festival").
     */
    private static boolean standsAlone(Tokens tokens, int token, String before) {
        if (tokens.startsSentence(token) || ARTICLES.contains(before)) {
            return false;
        }
        boolean capitalisedBefore = token > 0 && tokens.joinsPrevious(token) && tokens.isCapitalised(token - 1);
        boolean capitalisedAfter = token + 1 < tokens.size() && tokens.joinsPrevious(token + 1)
                && tokens.isCapitalised(token + 1);
        return !capitalisedBefore && !capitalisedAfter;
    }

    /** The capitalised name before "station", past the words that say what kind of station it is. */
    private static void addStationName(Tokens tokens, int station, List<Finding> findings) {
        int end = station;
        boolean ambulance = false;
        while (end > 0 && tokens.joinsPrevious(end) && STATION_KINDS.contains(tokens.lowerCase(end - 1))) {
            ambulance |= tokens.lowerCase(end - 1).equals("ambulance");
            end--;
        }
        int first = end;
        while (first > 0 && end - first < MAX_STATION_NAME_WORDS && tokens.joinsPrevious(first)
                && (isNameWord(tokens, first - 1) || Lexicon.ONE_WORD_TOWNS.contains(tokens.lowerCase(first - 1))
                && !Lexicon.FUNCTION_WORDS.contains(tokens.lowerCase(first - 1)))) {
            first--;
        }
        if (first == end) {
            return;
        }
        double confidence = ambulance ? AMBULANCE_STATION_CONFIDENCE
                : tokens.isCapitalised(station) ? STATION_CONFIDENCE : LOWER_CASE_STATION_CONFIDENCE;
        findings.add(Finding.of(FindingType.PLACE, tokens.text(), tokens.start(first), tokens.end(end - 1),
                confidence));
    }

    private static boolean isNameWord(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        return tokens.isCapitalised(token) && !Lexicon.FUNCTION_WORDS.contains(word)
                && !Lexicon.MONTHS.contains(word) && !Lexicon.WEEKDAYS.contains(word);
    }
}
