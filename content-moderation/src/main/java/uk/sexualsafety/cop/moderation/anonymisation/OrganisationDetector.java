package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of ambulance services, trusts, hospitals and integrated care boards.
 *
 * <p>Three sources: the UK's ambulance services with the short forms staff write (LAS, NEAS, SECAmb...), built in;
 * names an installation adds (its organisations directory); and the shapes NHS bodies are named in, a capitalised name
 * before an ending such as "Hospital", "NHS Foundation Trust", "Integrated Care Board" or "ICB". A short form matches
 * only as written and as a whole word; the sector's own acronyms (NHS, ICB, HR, FTSU, GP, A&amp;E, ER) are never
 * reported alone, since they identify no one.
 */
final class OrganisationDetector implements WordDetector {

    private static final double LONG_NAME_CONFIDENCE = 0.95;
    private static final double SHORT_FORM_CONFIDENCE = 0.85;
    /** SAS is also the army's, even beside an ambulance word; "unison" a word, even beside "rep". */
    private static final double AMBIGUOUS_SHORT_FORM_CONFIDENCE = 0.65;
    private static final double NAMED_BODY_CONFIDENCE = 0.8;
    private static final double HOSPITAL_CONFIDENCE = 0.75;

    /** Short forms that are also something else, reported only near a word of the ambulance world. */
    private static final Set<String> AMBIGUOUS_SHORT_FORMS = Set.of("SAS");
    private static final Set<String> AMBULANCE_CONTEXT = Set.of("ambulance", "ambulances", "paramedic",
            "paramedics", "crew", "crews", "crewmate", "station", "control", "trust", "service", "scotland",
            "scottish", "technician", "shift", "shifts", "dispatch", "dispatcher", "handler", "responder");
    /** How many words either side of an ambiguous short form are searched for its context. */
    private static final int CONTEXT_WORDS = 8;

    /** Acronyms and words of the sector that identify no organisation; an added name like these is ignored. */
    private static final Set<String> NEVER_REPORTED = Set.of(
            "nhs", "icb", "ics", "hr", "er", "ftsu", "gp", "a&e", "ae", "ed", "cqc", "trust", "hospital", "ambulance",
            "ambulance service", "nhs trust", "nhs england");

    /** Words of an organisation's name that say what it is but not which it is. */
    private static final Set<String> DESCRIPTORS = Set.of(
            "acute", "air", "ambulance", "and", "board", "care", "central", "children", "city", "community", "county",
            "district", "east", "eastern", "foundation", "general", "greater", "health", "hospital", "hospitals",
            "infirmary", "integrated", "memorial", "mental", "mid", "new", "nhs", "north", "northern", "of", "on",
            "partnership", "royal", "saint", "service", "services", "social", "south", "southern", "specialist",
            "st", "teaching", "the", "trust", "university", "upon", "west", "western", "women", "isle", "healthcare");
    /** Small words inside names: "Guy's and St Thomas'", "Kingston upon Hull". */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "upon", "on", "under");
    /** At most this many words before an ending make up the name. */
    private static final int MAX_NAME_WORDS = 7;

    /** What a known name needs around it to count: nothing, an ambulance word, or an organisation's word. */
    private enum Context { NONE, AMBULANCE, ORGANISATION }

    private record Known(FindingType type, double confidence, Context context) {
        boolean needsContext() {
            return context != Context.NONE;
        }
    }

    private record Ending(FindingType type, double confidence) {
    }

    /** What follows an organisation's name to say what kind of body it is. */
    private static final Gazetteer<Ending> ENDINGS = endings();

    /** Words near a name that is also an ordinary word ("unison", "mind") that make it the organisation. */
    private static final Set<String> ORGANISATION_CONTEXT = Set.of("union", "unions", "rep", "reps", "branch",
            "charity", "charities", "helpline", "steward", "organiser", "rang", "called", "contacted", "phoned",
            "emailed", "joined", "member", "counselling", "counsellor", "volunteer", "volunteers", "advice",
            "hospital", "handover", "ed", "a&e", "ward", "police", "officer", "officers", "student", "students",
            "uni", "placement", "course", "degree", "studying", "trained", "training", "work", "works", "worked",
            "working", "nurse", "nurses", "consultant", "shift", "porter", "sluice", "resus", "majors");
    /** The built-in names: the UK's ambulance services and the organisations staff name, read once per JVM. */
    private static final Gazetteer<Known> BUILT_IN = builtIn();
    /** Words after "Ambulance" that make it no service's name. */
    private static final Set<String> NOT_AFTER_AMBULANCE = Set.of("station", "stations", "car", "cars", "crew",
            "crews", "depot", "hub", "base", "post", "vehicle", "vehicles", "staff", "driver", "drivers", "bay",
            "bays", "entrance", "park", "standby", "call", "job", "cover", "response", "control", "technician");
    /** Short forms of ambulance services this short are found in lower case only beside an ambulance word. */
    private static final int MIN_LOWER_CASE_SHORT_FORM = 4;
    /** Lower-case words before an ending that make a name: a town, or a word that is neither English nor ours. */
    private static final int MIN_NAME_WORD_LENGTH = 3;

    private final Gazetteer<Known> known;

    /** Only the built-in ambulance services. */
    OrganisationDetector() {
        this(List.of());
    }

    /**
     * @param organisationNames names and short forms to report besides the built-in ambulance services; a name with
     *                          the word "Ambulance" is reported as an ambulance service, any other as an organisation
     */
    OrganisationDetector(Collection<String> organisationNames) {
        Gazetteer.Builder<Known> builder = Gazetteer.builder();
        for (String name : organisationNames) {
            addName(builder, name);
        }
        this.known = builder.build();
    }

    private static Gazetteer<Known> builtIn() {
        Gazetteer.Builder<Known> builder = Gazetteer.builder();
        for (String name : Lexicon.ORGANISATIONS) {
            addBuiltIn(builder, name, FindingType.ORGANISATION);
        }
        for (String name : Lexicon.AMBULANCE_SERVICES) {
            addBuiltIn(builder, name, FindingType.AMBULANCE_SERVICE);
        }
        return builder.build();
    }

    /**
     * A name of several words matches in any case; a single word as written, and in lower case too unless it is an
     * English word or a short acronym, which need a word of their world beside them ("unison rep", "yas crew").
     */
    private static void addBuiltIn(Gazetteer.Builder<Known> builder, String name, FindingType listed) {
        Tokens words = Tokens.of(name);
        boolean ambulance = listed == FindingType.AMBULANCE_SERVICE;
        // Air ambulances and first-aid charities are organisations; "West Mids Ambulance" is a service.
        FindingType type = ambulance || name.contains("Ambulance") && !name.contains("St John")
                && !name.contains("St Andrew") && !name.contains("Air Ambulance")
                ? FindingType.AMBULANCE_SERVICE : FindingType.ORGANISATION;
        if (words.size() > 1) {
            builder.add(name, new Known(type, LONG_NAME_CONFIDENCE, Context.NONE));
            return;
        }
        String word = words.lowerCase(0);
        Context context = ambulance ? Context.AMBULANCE : Context.ORGANISATION;
        boolean ambiguous = AMBIGUOUS_SHORT_FORMS.contains(name);
        builder.add(name, new Known(type, SHORT_FORM_CONFIDENCE, ambiguous ? Context.AMBULANCE : Context.NONE));
        boolean needsContext = ambiguous || Lexicon.isOrdinaryWord(word) || Lexicon.isPersonName(word)
                || word.length() < (ambulance ? MIN_LOWER_CASE_SHORT_FORM : MIN_NAME_WORD_LENGTH);
        if (!name.equals(word) || needsContext) {
            builder.addInAnyCase(name, new Known(type, needsContext ? AMBIGUOUS_SHORT_FORM_CONFIDENCE
                    : SHORT_FORM_CONFIDENCE, needsContext ? context : Context.NONE));
        }
    }

    private static void addName(Gazetteer.Builder<Known> builder, String name) {
        String stripped = name.strip();
        if (NEVER_REPORTED.contains(stripped.toLowerCase(Locale.ROOT))) {
            return;
        }
        Tokens words = Tokens.of(stripped);
        if (words.size() == 0 || (words.size() == 1 && words.length(0) < 2)) {
            return;
        }
        boolean ambulance = false;
        for (int i = 0; i < words.size(); i++) {
            ambulance |= words.lowerCase(i).equals("ambulance");
        }
        builder.add(stripped, new Known(ambulance ? FindingType.AMBULANCE_SERVICE : FindingType.ORGANISATION,
                words.size() == 1 ? SHORT_FORM_CONFIDENCE : LONG_NAME_CONFIDENCE, Context.NONE));
    }

    @Override
    public List<Finding> detect(Tokens tokens) {
        String text = tokens.text();
        var findings = new ArrayList<Finding>();
        // Words before this one belong to a finding already, and cannot begin another.
        int free = 0;
        int token = 0;
        while (token < tokens.size()) {
            Gazetteer.Match<Known> name = longest(BUILT_IN.longestAt(tokens, token), known.longestAt(tokens, token));
            if (name != null && (!name.value().needsContext() || hasContext(tokens, token, name.value().context()))) {
                int end = withEndings(tokens, name.endToken());
                if (end > name.endToken()) {
                    // "Guy's and St Thomas' NHS Foundation Trust": names before a known one joined by its ending.
                    int first = nameStart(tokens, token, free);
                    if (first >= 0 && first < token) {
                        findings.add(Finding.of(FindingType.ORGANISATION, text, tokens.start(first),
                                tokens.end(end - 1), LONG_NAME_CONFIDENCE));
                        free = end;
                        token = end;
                        continue;
                    }
                }
                double confidence = name.value().needsContext()
                        ? AMBIGUOUS_SHORT_FORM_CONFIDENCE : name.value().confidence();
                findings.add(Finding.of(name.value().type(), text, tokens.start(token), tokens.end(end - 1),
                        confidence));
                free = end;
                token = end;
                continue;
            }
            int prefixed = prefixedNameEnd(tokens, token);
            if (prefixed > token) {
                findings.add(Finding.of(FindingType.ORGANISATION, text, tokens.start(token), tokens.end(prefixed - 1),
                        NAMED_BODY_CONFIDENCE));
                free = prefixed;
                token = prefixed;
                continue;
            }
            Gazetteer.Match<Ending> ending = startsEnding(tokens, token) ? ENDINGS.longestAt(tokens, token) : null;
            if (ending != null && tokens.lowerCase(ending.endToken() - 1).equals("ambulance")
                    && ending.endToken() < tokens.size() && tokens.joinsPrevious(ending.endToken())
                    && NOT_AFTER_AMBULANCE.contains(tokens.lowerCase(ending.endToken()))) {
                // "Leeds Ambulance Station" is a station, "the Leeds ambulance crew" a crew.
                ending = null;
            }
            if (ending != null) {
                int first = nameStart(tokens, token, free);
                if (first >= 0) {
                    int end = withEndings(tokens, ending.endToken());
                    // "Leeds Teaching Hospitals NHS Trust" is as sure as "Leeds NHS Trust".
                    double confidence = ending.value().confidence();
                    if (end > ending.endToken()) {
                        confidence = Math.max(confidence, NAMED_BODY_CONFIDENCE);
                    }
                    findings.add(Finding.of(ending.value().type(), text, tokens.start(first), tokens.end(end - 1),
                            confidence));
                    free = end;
                    token = end;
                    continue;
                }
            }
            token++;
        }
        return findings;
    }

    /**
     * The end of a name that its first words say is an organisation's, with a town or a name after them:
     * "university of cumbria", "uni of herts", "NHS Highland", "the royal stoke"; the start when there is none.
     */
    private static int prefixedNameEnd(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        int next = token + 1;
        if ((word.equals("university") || word.equals("uni")) && next + 1 < tokens.size()
                && tokens.joinsPrevious(next) && tokens.lowerCase(next).equals("of")) {
            next++;
            if (next + 1 < tokens.size() && tokens.lowerCase(next).equals("the") && tokens.joinsPrevious(next + 1)) {
                next++;
            }
        } else if (!(word.equals("nhs") || word.equals("royal")) || !tokens.isLowerCase(token)) {
            // Capitalised, "Royal Devon University Healthcare NHS Foundation Trust" is left to its ending.
            return token;
        }
        int end = next;
        while (end < tokens.size() && end - next < 3 && tokens.joinsPrevious(end)
                && (isLowerCaseNameWord(tokens, end) || tokens.isCapitalised(end)
                && !Lexicon.FUNCTION_WORDS.contains(tokens.lowerCase(end))
                && !NEVER_REPORTED.contains(tokens.lowerCase(end)) && !DESCRIPTORS.contains(tokens.lowerCase(end)))) {
            end++;
        }
        return end > next ? end : token;
    }

    /** The longer match; the built-in one when both are as long, so an added name cannot change a built-in one. */
    private static Gazetteer.Match<Known> longest(Gazetteer.Match<Known> builtIn, Gazetteer.Match<Known> added) {
        if (added == null) {
            return builtIn;
        }
        return builtIn == null || added.endToken() > builtIn.endToken() ? added : builtIn;
    }

    /** An ending in any case; the words before it decide ("leeds hospital", not "the hospital"). */
    private static boolean startsEnding(Tokens tokens, int token) {
        return tokens.isCapitalised(token) || tokens.isLowerCase(token)
                || (tokens.isUpperCase(token) && tokens.length(token) > 1);
    }

    /** A word of a name written in lower case: a town, or a word that is neither English nor one of ours. */
    private static boolean isLowerCaseNameWord(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        if (!tokens.isLowerCase(token) || Lexicon.FUNCTION_WORDS.contains(word) || NEVER_REPORTED.contains(word)) {
            return false;
        }
        return Lexicon.ONE_WORD_TOWNS.contains(word) || word.length() >= MIN_NAME_WORD_LENGTH
                && !Lexicon.isOrdinaryWord(word) && !Lexicon.NOT_NAMES.contains(word)
                && !Lexicon.MONTHS.contains(word) && !Lexicon.WEEKDAYS.contains(word);
    }

    /**
     * The first word of the name before the ending at {@code ending}: capitalised words and connectors between
     * them, not before {@code free}; -1 when there is none, or only words that say what kind of body it is
     * ("the District General Hospital").
     */
    private static int nameStart(Tokens tokens, int ending, int free) {
        int first = -1;
        boolean specific = false;
        boolean commaAllowed = false;
        for (int token = ending - 1; token >= free && ending - token <= MAX_NAME_WORDS; token--) {
            boolean joined = tokens.joinsPrevious(token + 1) || (commaAllowed && tokens.followsComma(token + 1));
            if (!joined) {
                break;
            }
            String word = tokens.lowerCase(token);
            boolean connector = CONNECTORS.contains(word) || tokens.is(token, "&");
            boolean nameWord = (tokens.isCapitalised(token) || (tokens.isUpperCase(token) && tokens.length(token) > 1))
                    && (!Lexicon.FUNCTION_WORDS.contains(word) || CONNECTORS.contains(word))
                    || isLowerCaseNameWord(tokens, token)
                    || tokens.isLowerCase(token) && DESCRIPTORS.contains(word) && !CONNECTORS.contains(word)
                    && !word.equals("the");
            if (!connector && !nameWord) {
                break;
            }
            // "Barking, Havering and Redbridge": a list of places joined by "and" is one name.
            commaAllowed |= word.equals("and") || tokens.is(token, "&");
            if (nameWord && !connector) {
                first = token;
                specific |= !DESCRIPTORS.contains(word);
            }
        }
        return specific ? first : -1;
    }

    /** The end of a name once the endings after it are added: "London Ambulance Service" + " NHS Trust". */
    private static int withEndings(Tokens tokens, int end) {
        int current = end;
        while (current < tokens.size() && tokens.joinsPrevious(current)) {
            // "Welsh Ambulance Services University NHS Trust", "Leeds Teaching Hospitals NHS Trust".
            int next = current;
            while (next < tokens.size() && next - current < 2 && tokens.joinsPrevious(next)
                    && DESCRIPTORS.contains(tokens.lowerCase(next)) && ENDINGS.longestAt(tokens, next) == null
                    && tokens.isCapitalised(next)) {
                next++;
            }
            if (next >= tokens.size() || !tokens.joinsPrevious(next) || !startsEnding(tokens, next)) {
                break;
            }
            Gazetteer.Match<Ending> ending = ENDINGS.longestAt(tokens, next);
            if (ending == null) {
                break;
            }
            current = ending.endToken();
        }
        return current;
    }

    /** Whether a word of the name's world stands near it, in the same sentence. */
    private static boolean hasContext(Tokens tokens, int token, Context context) {
        Set<String> words = context == Context.AMBULANCE ? AMBULANCE_CONTEXT : ORGANISATION_CONTEXT;
        for (int i = token; i > 0 && token - i < CONTEXT_WORDS && !tokens.startsSentence(i); i--) {
            if (words.contains(tokens.lowerCase(i - 1))) {
                return true;
            }
        }
        for (int i = token + 1; i < tokens.size() && i - token <= CONTEXT_WORDS && !tokens.startsSentence(i); i++) {
            if (words.contains(tokens.lowerCase(i))) {
                return true;
            }
        }
        return false;
    }

    private static Gazetteer<Ending> endings() {
        var body = new Ending(FindingType.ORGANISATION, NAMED_BODY_CONFIDENCE);
        var hospital = new Ending(FindingType.ORGANISATION, HOSPITAL_CONFIDENCE);
        var ambulance = new Ending(FindingType.AMBULANCE_SERVICE, NAMED_BODY_CONFIDENCE);
        Gazetteer.Builder<Ending> builder = Gazetteer.builder();
        for (String ending : List.of("NHS Trust", "NHS Foundation Trust", "Foundation Trust",
                "Health and Social Care Trust", "Health and Care Trust", "Integrated Care Board",
                "Health Board", "Clinical Commissioning Group", "Air Ambulance")) {
            builder.add(ending, body);
        }
        for (String ending : List.of("ICB", "CCG")) {
            builder.add(ending, body);
        }
        for (String ending : List.of("Hospital", "Hospitals", "Infirmary", "General", "Royal", "Hospice",
                "General Hospital", "Royal Infirmary", "Medical Centre")) {
            builder.addInAnyCase(ending, hospital);
        }
        for (String ending : List.of("Police", "Constabulary", "University", "Uni", "University Health Board")) {
            builder.addInAnyCase(ending, body);
        }
        for (String ending : List.of("Ambulance", "Ambulance Trust")) {
            builder.addInAnyCase(ending, ambulance);
        }
        for (String ending : List.of("Ambulance Service", "Ambulance Services")) {
            builder.add(ending, ambulance);
        }
        return builder.build();
    }
}
