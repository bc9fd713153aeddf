package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People's names, as staff write them: capitalised or not, full or short ("Jas", "Big Tony"), with initials ("j.
 * hughes"), particles ("van der Merwe", "al-Rashid", "Ní Mhurchú") and accents or without them.
 *
 * <p>Evidence, strongest first: a title ("Dr", "sgt") or a role ("my crewmate", "paramedic") before the word, or
 * words that announce a name ("known as", "goes by", "called"); a given name from the lists that is no English word
 * ("sarah", "chinedu", "wojciech"), in any case; a given name that is also a word (Will, Grace, Hope, Jade) only with
 * a capital in the middle of a sentence, a surname after it, or a person's verb beside it ("will said", "told
 * rose"); a listed surname alone only capitalised in the middle of a sentence. A word that is a place after a
 * preposition of place ("at Barry") or before "station", "hospital" or "uni" is left to the place and organisation
 * detectors. A title stays outside the finding ("Dr [name]"); "big" or "little" before a nickname stays inside.
 */
final class PersonNameDetector implements WordDetector {

    private static final double ANNOUNCED_KNOWN_NAME_CONFIDENCE = 0.9;
    private static final double FULL_NAME_CONFIDENCE = 0.85;
    private static final double ANNOUNCED_NAME_CONFIDENCE = 0.75;
    private static final double GIVEN_NAME_AND_CAPITALISED_WORD_CONFIDENCE = 0.7;
    private static final double GIVEN_NAME_CONFIDENCE = 0.6;
    private static final double GIVEN_NAME_STARTING_SENTENCE_CONFIDENCE = 0.55;
    private static final double NAME_IN_CONTEXT_CONFIDENCE = 0.55;
    private static final double SURNAME_CONFIDENCE = 0.5;
    private static final double UNLISTED_NAME_CONFIDENCE = 0.45;

    /** Written with a capital, with or without a full stop. */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
            "Sister", "Nurse", "Sgt", "Sergeant", "PC", "DC", "DS", "DI", "Cllr", "Fr", "Rev", "Insp", "Inspector",
            "Constable", "Auntie", "Uncle");
    /** Titles as informal writing has them, in lower case: only before a word that is no English word. */
    private static final Set<String> LOWER_CASE_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sgt",
            "pc", "dc", "fr", "rev", "cllr", "insp");

    /** Words after which the next capitalised word is a name, in any case: "paramedic Jones", "my colleague, Sam". */
    private static final Set<String> ROLES = Set.of("paramedic", "technician", "tech", "nurse", "doctor", "medic",
            "manager", "supervisor", "colleague", "crewmate", "partner", "student", "trainee", "mentor", "learner",
            "emt", "eca", "clinician", "consultant", "registrar", "officer", "sergeant", "constable", "dispatcher",
            "handler", "driver", "responder", "volunteer", "leader", "patient", "husband", "wife", "boyfriend",
            "girlfriend", "brother", "sister", "son", "daughter", "mum", "dad", "mother", "father", "friend",
            "neighbour", "called", "named", "mate", "tl", "educator", "rep", "porter", "ex", "cousin", "auntie",
            "uncle", "nan", "boss", "housemate", "flatmate");
    /** Roles and verbs that may be followed by a comma before the name. */
    private static final Set<String> ROLES_WITHOUT_COMMA = Set.of("called", "named");
    /** Words after which any word but a function word is a name: "known as smiffy", "goes by jonno". */
    private static final Set<String> ANNOUNCING = Set.of("aka", "nicknamed", "surname", "forename");
    /** "everyone calls him Tank": the word after is his nickname. */
    private static final Set<String> CALLS = Set.of("calls", "called", "call", "nicknamed");

    /** Capitalised words that follow a role without being a name: "nurse Practitioner", "called Control". */
    private static final Set<String> NOT_NAMES = Set.of("ambulance", "service", "trust", "station", "hospital",
            "control", "police", "security", "resus", "triage", "team", "teams", "unit", "ward", "manager",
            "practitioner", "specialist", "lead", "director", "assistant", "associate", "advanced", "senior",
            "junior", "student", "clinical", "duty", "operations", "emergency", "urgent", "care", "support", "bank",
            "agency", "nhs", "datix", "zoom", "christmas", "easter", "english", "british", "covid", "mr", "mrs",
            "ms", "miss", "mx", "dr", "prof", "professor", "sister", "nurse", "paramedic", "doctor", "officer",
            "sergeant", "constable", "hr", "freedom", "speak", "up", "guardian", "board", "council", "court",
            "uni", "university", "college", "crew", "shift", "job", "call", "pt", "patient", "educator", "rep",
            "north", "south", "east", "west", "central", "greater", "upper", "lower", "new", "great", "royal");

    /** Words that end the name of a service or team. */
    private static final Set<String> INSTITUTIONS = Set.of("service", "services", "team", "centre", "center", "unit",
            "department", "group", "programme", "hub", "desk", "office", "line", "network", "board", "forum");

    /** Words after a place that make it a place or an organisation, not a person: "Barry station", "Kingston uni". */
    private static final Set<String> PLACE_ENDINGS = Set.of("station", "hospital", "infirmary", "general", "royal",
            "uni", "university", "college", "police", "constabulary", "ambulance", "airport", "road", "street",
            "lane", "avenue", "island", "beach", "town", "city", "centre", "docks", "park", "health", "county",
            "district", "area", "nhs", "council", "fire", "prison", "services", "hospice", "central");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "via", "into",
            "around", "through", "past", "from", "to", "towards", "round", "on");

    /** Small words inside names: "van der Merwe", "bint Yusuf", "Mac an tSaoi", "Ní Bhriain". */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "du", "la", "le",
            "al", "el", "bin", "bint", "ibn", "abu", "mac", "mc", "nic", "ui", "ap", "ter", "ten", "an", "dos",
            "das", "del", "della");
    /** Particles that begin a surname in Irish and Gaelic, written with an accent or a capital. */
    private static final Set<String> GAELIC_PARTICLES = Set.of("Ní", "ní", "Nic", "Ó", "ó", "Uí", "uí", "Mac", "Ui");

    /** Words before a name that call someone by it: "big Tony", "little Mo". Kept inside the finding. */
    private static final Set<String> NICKNAME_WORDS = Set.of("big", "little", "lil", "young", "old");

    /** A word before, that speaks of a person: "told rose", "me n jas". */
    private static final Set<String> PERSON_BEFORE = Set.of("told", "asked", "texted", "messaged", "rang", "phoned",
            "emailed", "ask", "tell", "text", "ring", "thank", "thanked", "warned", "cc", "n", "dear", "hi",
            "hiya", "hey", "thanks", "cheers");
    /** Words before a capitalised word that no list holds that make it a person: "with Przemek", "and Llinos". */
    private static final Set<String> BEFORE_UNLISTED_NAME = Set.of("with", "and", "ask", "asked", "told", "tell",
            "thank", "n", "&");
    /** Endings of English places ("Calderdale", "Brookside"): a capitalised word no list holds with one is a place. */
    private static final Pattern PLACE_SUFFIX = Pattern.compile("(?:dale|ton|ham|by|thorpe|wick|ley|field|bury"
            + "|borough|worth|stead|minster|ford|mouth|bridge|combe|caster|chester|cester|hurst|stow|wich|side|moor"
            + "|wood|well|wells|gate|port|pool|land|shire|cliffe|holme|haven|burn|dene|hall|hill)$");

    /** A word after, that a person does: "will said", "rose followed". */
    private static final Set<String> PERSON_AFTER = Set.of("said", "says", "told", "tells", "asked", "texted",
            "messaged", "rang", "called", "phoned", "emailed", "reported", "saw", "followed", "kept", "came", "went",
            "got", "did", "had", "has", "was", "is", "laughed", "tried", "lost", "left", "shouted", "grabbed",
            "touched", "put", "made", "sent", "stood", "walked", "knew", "thinks", "thought", "reckons", "wants",
            "wanted", "agreed", "helped", "works", "worked", "lives", "lived", "and", "n", "too", "also", "herself",
            "himself", "would", "will", "could", "can", "should");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "my", "our", "your",
            "his", "her", "their", "its", "every", "some", "any", "no", "of");

    private static final Set<String> SINGLE_LETTER_WORDS = Set.of("i", "a", "n", "u", "x", "c", "r", "y", "o");
    private static final int MAX_NAME_WORDS = 4;
    /** "J. R. R. Smith"; more single letters in a row are no initials, and reading them would cost time. */
    private static final int MAX_INITIALS = 3;
    private static final int MAX_TITLE_LENGTH = 10;
    private static final int MIN_LOWER_CASE_NAME_LENGTH = 3;

    @Override
    public List<Finding> detect(Tokens tokens) {
        var findings = new ArrayList<Finding>();
        int token = 0;
        int free = 0;
        while (token < tokens.size()) {
            int end = announcedName(tokens, token, free, findings);
            if (end < 0) {
                end = unannouncedName(tokens, token, free, findings);
            }
            if (end >= 0) {
                free = end;
            }
            token = end < 0 ? token + 1 : end;
        }
        return findings;
    }

    /** Adds the name a title or role at {@code cue} announces; the word after it, or -1 if there is none. */
    private static int announcedName(Tokens tokens, int cue, int free, List<Finding> findings) {
        int first = cue + 1;
        if (first >= tokens.size()) {
            return -1;
        }
        String cueWord = tokens.lowerCase(cue);
        boolean title = isTitle(tokens, cue);
        boolean lowerCaseTitle = !title && LOWER_CASE_TITLES.contains(cueWord) && tokens.isLowerCase(cue);
        boolean announcing = ANNOUNCING.contains(cueWord) || (cue > 0 && tokens.joinsPrevious(cue) && (
                (cueWord.equals("him") || cueWord.equals("her")) && CALLS.contains(tokens.lowerCase(cue - 1)) ||
                (cueWord.equals("as") && tokens.lowerCase(cue - 1).equals("known"))
                        || (cueWord.equals("by") && tokens.lowerCase(cue - 1).equals("goes"))
                        || ((cueWord.equals("is") || cueWord.equals("was"))
                        && (tokens.lowerCase(cue - 1).equals("name") || tokens.lowerCase(cue - 1).equals("surname")))));
        boolean role = ROLES.contains(cueWord) || announcing;
        if (!title && !lowerCaseTitle && !role) {
            return -1;
        }
        boolean follows = tokens.joinsPrevious(first)
                || (role && !ROLES_WITHOUT_COMMA.contains(cueWord) && tokens.followsComma(first));
        if (!follows) {
            return -1;
        }
        // "Dr J. Smith": initials after a title belong to the name.
        int nameStart = first;
        while ((title || lowerCaseTitle) && first + 1 < tokens.size() && first - nameStart < MAX_INITIALS
                && isInitial(tokens, first) && tokens.joinsPrevious(first + 1)) {
            first++;
        }
        String word = tokens.lowerCase(first);
        boolean listed = isGivenName(word) || isSurname(word) || isRareGivenName(word);
        boolean nameShaped;
        if (announcing) {
            nameShaped = !Lexicon.FUNCTION_WORDS.contains(word) && !NOT_NAMES.contains(word);
        } else if (title) {
            // After a title even a town's name is a surname: "Dr Preston".
            nameShaped = (tokens.isCapitalised(first) || tokens.isUpperCase(first) && tokens.length(first) > 1
                    || listed && !Lexicon.isOrdinaryWord(word)) && mayBeName(word, false);
        } else if (lowerCaseTitle) {
            nameShaped = (listed || !Lexicon.isOrdinaryWord(word)) && !Lexicon.FUNCTION_WORDS.contains(word)
                    && !NOT_NAMES.contains(word) || tokens.isCapitalised(first) && mayBeName(word, false);
        } else {
            nameShaped = tokens.isCapitalised(first) ? mayBeName(word, true)
                    : tokens.isLowerCase(first) && listed && !Lexicon.NOT_NAMES.contains(word)
                    && !Lexicon.FUNCTION_WORDS.contains(word) && !NOT_NAMES.contains(word)
                    && (!Lexicon.isOrdinaryWord(word) || isGivenName(word)) && !isPlaceHere(tokens, first);
        }
        if (!nameShaped) {
            return -1;
        }
        // "the student Ní Mhurchú": a Gaelic particle takes the word after it.
        int end = isGaelicParticle(tokens, first) && first + 1 < tokens.size() && tokens.joinsPrevious(first + 1)
                ? nameEnd(tokens, first + 2) : nameEnd(tokens, first + 1);
        boolean known = listed;
        if (!known && end < tokens.size() && tokens.joinsPrevious(end) && tokens.isCapitalised(end)
                && INSTITUTIONS.contains(tokens.lowerCase(end))) {
            // "Patient Transport Service", "Nurse Education Team": the name of a service, not of a person.
            return -1;
        }
        findings.add(Finding.of(FindingType.PERSON_NAME, tokens.text(), tokens.start(nameStart),
                tokens.end(end - 1), known ? ANNOUNCED_KNOWN_NAME_CONFIDENCE : ANNOUNCED_NAME_CONFIDENCE));
        return end;
    }

    private static boolean isTitle(Tokens tokens, int token) {
        // Most words are longer or in lower case, and need no substring.
        int start = tokens.start(token);
        return tokens.length(token) <= MAX_TITLE_LENGTH && Character.isUpperCase(tokens.text().charAt(start))
                && TITLES.contains(tokens.text().substring(start, tokens.end(token)));
    }

    /** Adds a name at {@code first} found without a title or role; the word after it, or -1 if there is none. */
    private static int unannouncedName(Tokens tokens, int first, int free, List<Finding> findings) {
        String word = tokens.lowerCase(first);
        boolean initial = isInitial(tokens, first) && !isPronoun(tokens, first);
        if (!initial && (Lexicon.FUNCTION_WORDS.contains(word) || NOT_NAMES.contains(word)
                || Lexicon.NOT_NAMES.contains(word) || Lexicon.MONTHS.contains(word)
                || Lexicon.WEEKDAYS.contains(word))) {
            return -1;
        }
        int start = first;
        int name = first;
        if (initial) {
            // "j. hughes", "a.k. singh": initials then a listed name.
            int next = first;
            while (next + 1 < tokens.size() && next - first < MAX_INITIALS && isInitial(tokens, next)
                    && tokens.joinsPrevious(next + 1)) {
                next++;
            }
            if (next == first || !isNameWord(tokens, next)) {
                return -1;
            }
            name = next;
            word = tokens.lowerCase(name);
        } else if (NICKNAME_WORDS.contains(word) && first + 1 < tokens.size() && tokens.joinsPrevious(first + 1)
                && isGivenName(tokens.lowerCase(first + 1)) && !Lexicon.NOT_NAMES.contains(tokens.lowerCase(first + 1))) {
            name = first + 1;
            word = tokens.lowerCase(name);
        } else if (isGaelicParticle(tokens, first) && first + 1 < tokens.size() && tokens.joinsPrevious(first + 1)
                && !Lexicon.FUNCTION_WORDS.contains(tokens.lowerCase(first + 1))
                && !Lexicon.isOrdinaryWord(tokens.lowerCase(first + 1))) {
            int end = nameEnd(tokens, first + 1);
            findings.add(Finding.of(FindingType.PERSON_NAME, tokens.text(), tokens.start(first),
                    tokens.end(Math.max(end, first + 2) - 1), FULL_NAME_CONFIDENCE));
            return Math.max(end, first + 2);
        } else if (PARTICLES.contains(word) && first + 1 < tokens.size() && tokens.isCapitalised(first + 1) == false
                && !tokens.isCapitalised(first)) {
            // Lower-case particles start a name only when a listed surname follows them: "van der merwe".
            int next = first;
            while (next + 1 < tokens.size() && PARTICLES.contains(tokens.lowerCase(next)) && tokens.joinsPrevious(next + 1)) {
                next++;
            }
            if (next == first || next - first > 2 || !isSurname(tokens.lowerCase(next))
                    || Lexicon.isOrdinaryWord(tokens.lowerCase(next))) {
                return -1;
            }
            findings.add(Finding.of(FindingType.PERSON_NAME, tokens.text(), tokens.start(first), tokens.end(next),
                    SURNAME_CONFIDENCE));
            return next + 1;
        }
        if (isPlaceHere(tokens, name) || nextToDigits(tokens, name)
                || Lexicon.ONE_WORD_TOWNS.contains(word) && !tokens.isCapitalised(name) && start == name
                && !personContext(tokens, name, name + 1)) {
            return -1;
        }
        boolean capitalised = tokens.isCapitalised(name);
        boolean upperCase = !capitalised && tokens.isUpperCase(name) && tokens.length(name) >= 3;
        boolean lowerCase = tokens.isLowerCase(name);
        boolean ordinary = Lexicon.isOrdinaryWord(word);
        if (word.length() < MIN_LOWER_CASE_NAME_LENGTH && !capitalised && start == name) {
            // "ab", "ed", "jo" in lower case are words or abbreviations as often as names.
            return -1;
        }
        int end = nameEnd(tokens, name + 1);
        boolean surnameAfter = end > name + 1;
        double confidence;
        if (isGivenName(word)) {
            if (ordinary && afterDeterminer(tokens, name)) {
                // "this summer", "the grace period", "a frank talk".
                return -1;
            }
            if ((ordinary || word.length() < MIN_LOWER_CASE_NAME_LENGTH) && start == name) {
                // Will, Grace, Hope, Jade, Mo: a capital mid-sentence, a surname or a person's verb decides.
                boolean capitalEvidence = capitalised && !tokens.startsSentence(name) && !afterDeterminer(tokens, name)
                        && !Lexicon.MONTHS.contains(word);
                boolean surnameEvidence = surnameAfter && (capitalised || !ordinary)
                        && !Lexicon.isOrdinaryWord(tokens.lowerCase(name + 1));
                if (!capitalEvidence && !surnameEvidence && !personContext(tokens, name, end)) {
                    return -1;
                }
                if (!capitalised && !lowerCase) {
                    return -1;
                }
            } else if (!capitalised && !lowerCase && !upperCase) {
                return -1;
            }
            confidence = surnameAfter ? FULL_NAME_CONFIDENCE
                    : capitalised && end > name + 1 ? GIVEN_NAME_AND_CAPITALISED_WORD_CONFIDENCE
                    : tokens.startsSentence(name) ? GIVEN_NAME_STARTING_SENTENCE_CONFIDENCE
                    : GIVEN_NAME_CONFIDENCE;
        } else if (isRareGivenName(word) && !ordinary && (capitalised && !tokens.startsSentence(name)
                || surnameAfter || personContext(tokens, name, end))) {
            confidence = surnameAfter ? FULL_NAME_CONFIDENCE : NAME_IN_CONTEXT_CONFIDENCE;
        } else if (Lexicon.ONE_WORD_TOWNS.contains(word) && start == name) {
            // A town that is only a surname ("we called Leeds back") is a town without a title before it.
            return -1;
        } else if (isSurname(word) && !ordinary && (capitalised && !tokens.startsSentence(name) || start < name
                || prefixedSurname(word) && (capitalised || lowerCase) || personContext(tokens, name, end)
                && !lowerCase)) {
            confidence = SURNAME_CONFIDENCE;
        } else if (start < name && isSurname(word)) {
            confidence = SURNAME_CONFIDENCE;
        } else if (capitalised && !ordinary && start == name && !tokens.startsSentence(name)
                && word.length() >= MIN_LOWER_CASE_NAME_LENGTH && !Lexicon.ONE_WORD_TOWNS.contains(word)
                && !PLACE_SUFFIX.matcher(word).find()
                && (surnameAfter && !Lexicon.isOrdinaryWord(tokens.lowerCase(name + 1))
                || personContext(tokens, name, end) || name > 0 && tokens.joinsPrevious(name)
                && BEFORE_UNLISTED_NAME.contains(tokens.lowerCase(name - 1)))) {
            // A name from a tradition no list holds ("told Oyelaran", "Adaeze Nwosu"): capitalised, no English
            // word, and a person's word or a second such name beside it.
            confidence = UNLISTED_NAME_CONFIDENCE;
        } else {
            return -1;
        }
        if (start == first && name == first && first > free && tokens.joinsPrevious(first) && lowerCase) {
            // "li wei", "zhang min": a listed family name may come first.
            String before = tokens.lowerCase(first - 1);
            if (isSurname(before) && !Lexicon.isOrdinaryWord(before) && !Lexicon.FUNCTION_WORDS.contains(before)
                    && !Lexicon.NOT_NAMES.contains(before) && tokens.isLowerCase(first - 1)) {
                start = first - 1;
            }
        }
        findings.add(Finding.of(FindingType.PERSON_NAME, tokens.text(), tokens.start(start), tokens.end(end - 1),
                confidence));
        return end;
    }

    /** A person's word beside: "told rose", "will said", "me n jas", or another name joined by "and". */
    private static boolean personContext(Tokens tokens, int name, int end) {
        if (name > 0 && tokens.joinsPrevious(name)) {
            String before = tokens.lowerCase(name - 1);
            if (PERSON_BEFORE.contains(before) || tokens.is(name - 1, "&") && name > 1
                    && tokens.lowerCase(name - 2).equals("me")) {
                return true;
            }
            if ((before.equals("and") || before.equals("n")) && name > 1 && tokens.joinsPrevious(name - 1)) {
                String two = tokens.lowerCase(name - 2);
                if (two.equals("me") || (isGivenName(two) || isRareGivenName(two)) && !Lexicon.isOrdinaryWord(two)) {
                    return true;
                }
            }
        }
        if (end < tokens.size() && tokens.joinsPrevious(end)) {
            String after = tokens.lowerCase(end);
            if (after.equals("and") || after.equals("n")) {
                return end + 1 < tokens.size() && tokens.joinsPrevious(end + 1)
                        && ((isGivenName(tokens.lowerCase(end + 1)) || isRareGivenName(tokens.lowerCase(end + 1)))
                        && !Lexicon.isOrdinaryWord(tokens.lowerCase(end + 1))
                        || tokens.lowerCase(end + 1).equals("i") || tokens.lowerCase(end + 1).equals("me"));
            }
            return PERSON_AFTER.contains(after);
        }
        // "Sarah's locker": the possessive sits between the words.
        return end < tokens.size() && tokens.start(end) - tokens.end(end - 1) > 1
                && (tokens.text().charAt(tokens.end(end - 1)) == '\'' || tokens.text().charAt(tokens.end(end - 1)) == '\u2019');
    }

    /** "jan 2023", "12 dec": a name list's word beside a number is a month or a code. */
    private static boolean nextToDigits(Tokens tokens, int token) {
        String text = tokens.text();
        int before = tokens.start(token) - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = tokens.end(token);
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && Character.isDigit(text.charAt(before))
                || after < text.length() && Character.isDigit(text.charAt(after));
    }

    private static boolean afterDeterminer(Tokens tokens, int token) {
        return token > 0 && tokens.joinsPrevious(token) && DETERMINERS.contains(tokens.lowerCase(token - 1));
    }

    /** A place here: after a preposition of place ("at Barry"), or before "station", "uni" or "hospital". */
    private static boolean isPlaceHere(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        if (!Lexicon.ONE_WORD_TOWNS.contains(word)) {
            return false;
        }
        if (token + 1 < tokens.size() && tokens.joinsPrevious(token + 1)
                && PLACE_ENDINGS.contains(tokens.lowerCase(token + 1))) {
            return true;
        }
        if (token > 1 && tokens.joinsPrevious(token) && tokens.lowerCase(token - 1).equals("of")
                && tokens.lowerCase(token - 2).equals("out")) {
            return true;
        }
        return token > 0 && tokens.joinsPrevious(token) && PLACE_PREPOSITIONS.contains(tokens.lowerCase(token - 1));
    }

    /** The end of a name whose second word would be at {@code next}: its surname and middle names, if any. */
    private static int nameEnd(Tokens tokens, int next) {
        int end = next;
        while (end < tokens.size() && end - next < MAX_NAME_WORDS - 1 && tokens.joinsPrevious(end)) {
            String word = tokens.lowerCase(end);
            if (PARTICLES.contains(word) || isGaelicParticle(tokens, end)) {
                // "Ruth van den Berg", "Fatima bint Yusuf", "Seán Mac an tSaoi": particles need a name after them.
                int after = end;
                while (after < tokens.size() && after - end < 3 && tokens.joinsPrevious(after)
                        && (PARTICLES.contains(tokens.lowerCase(after)) || isGaelicParticle(tokens, after))) {
                    after++;
                }
                if (after < tokens.size() && tokens.joinsPrevious(after) && (continuesName(tokens, after)
                        || !Lexicon.isOrdinaryWord(tokens.lowerCase(after))
                        && !Lexicon.FUNCTION_WORDS.contains(tokens.lowerCase(after)))) {
                    end = after + 1;
                    continue;
                }
                break;
            }
            if (!continuesName(tokens, end)) {
                break;
            }
            end++;
        }
        return end;
    }

    /** A surname or middle name: capitalised and nothing else we know, or listed and no English word. */
    private static boolean continuesName(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        if (Lexicon.FUNCTION_WORDS.contains(word) || NOT_NAMES.contains(word) || Lexicon.NOT_NAMES.contains(word)
                || Lexicon.MONTHS.contains(word) || Lexicon.WEEKDAYS.contains(word)) {
            return false;
        }
        if (tokens.isCapitalised(token)) {
            if (isSurname(word) || isGivenName(word)) {
                return true;
            }
            return mayBeName(word, true) && !Lexicon.isOrdinaryWord(word);
        }
        boolean listed = isSurname(word) || isGivenName(word) || isRareGivenName(word);
        return (tokens.isLowerCase(token) || tokens.isUpperCase(token)) && listed && !Lexicon.isOrdinaryWord(word)
                && !Lexicon.ONE_WORD_TOWNS.contains(word);
    }

    private static boolean isNameWord(Tokens tokens, int token) {
        String word = tokens.lowerCase(token);
        return !Lexicon.FUNCTION_WORDS.contains(word) && (isSurname(word) || isGivenName(word))
                && (tokens.isCapitalised(token) || !Lexicon.isOrdinaryWord(word));
    }

    private static boolean mayBeName(String word, boolean unlessTown) {
        if (unlessTown && Lexicon.ONE_WORD_TOWNS.contains(word) && !isGivenName(word)) {
            // "we called Leeds back": a town that is only a surname is a town after a role.
            return false;
        }
        if (isGivenName(word) || isSurname(word)) {
            return true;
        }
        return !NOT_NAMES.contains(word) && !Lexicon.FUNCTION_WORDS.contains(word) && !Lexicon.MONTHS.contains(word)
                && !Lexicon.WEEKDAYS.contains(word) && !(unlessTown && Lexicon.ONE_WORD_TOWNS.contains(word));
    }

    private static boolean isInitial(Tokens tokens, int token) {
        return tokens.length(token) == 1 && Character.isLetter(tokens.text().charAt(tokens.start(token)));
    }

    /** "i", "a" and text-speak's "n", "u", "x" are words before they are initials, unless a full stop follows. */
    private static boolean isPronoun(Tokens tokens, int token) {
        if (!SINGLE_LETTER_WORDS.contains(tokens.lowerCase(token))) {
            return false;
        }
        int end = tokens.end(token);
        return !(end < tokens.text().length() && tokens.text().charAt(end) == '.');
    }

    private static boolean isGaelicParticle(Tokens tokens, int token) {
        int length = tokens.length(token);
        if (length > 3) {
            return false;
        }
        // Asked of every short word: compared in place rather than copied to look up.
        for (String particle : GAELIC_PARTICLES) {
            if (particle.length() == length && tokens.text().regionMatches(tokens.start(token), particle, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGivenName(String word) {
        return Lexicon.GIVEN_NAMES.contains(word) || eachPartIn(word, Lexicon.GIVEN_NAMES);
    }

    private static boolean isRareGivenName(String word) {
        return Lexicon.RARE_GIVEN_NAMES.contains(word);
    }

    private static boolean isSurname(String word) {
        return Lexicon.SURNAMES.contains(word) || anyPartIn(word, Lexicon.SURNAMES) || prefixedSurname(word);
    }

    /** "al-Rashid", "el-Masri", "MacLeòid", "McAllister", "O'Sullivan": the prefix says it is a surname. */
    private static boolean prefixedSurname(String word) {
        if (word.startsWith("al-") || word.startsWith("el-") || word.startsWith("abu-") || word.startsWith("bin-")) {
            return word.length() > 5;
        }
        if (word.startsWith("o'")) {
            return word.length() > 4 && Lexicon.SURNAMES.contains(word.substring(2));
        }
        if (word.startsWith("mc") && word.length() > 4 || word.startsWith("mac") && word.length() > 5) {
            return !Lexicon.isOrdinaryWord(word);
        }
        return false;
    }

    /** "Mary-Jane". */
    private static boolean eachPartIn(String word, Set<String> names) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!names.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "Smith-Okafor". */
    private static boolean anyPartIn(String word, Set<String> names) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (names.contains(part) && !Lexicon.isOrdinaryWord(part)) {
                return true;
            }
        }
        return false;
    }
}
