package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People's names: from the built-in lists of common UK given names and surnames, and after the words that announce a
 * name (a title such as "Dr", a role such as "paramedic" or "my colleague", "called", "named", "known as"), where a
 * capitalised word counts even when no list has it. A given name with the capitalised surname after it is one finding.
 * A title stays outside the finding ("Dr [name]").
 *
 * <p>A given name that is also an ordinary word (Will, May, Grace, Hope, Mark, Rose) needs a title, a role or a
 * surname after it: a capital at the start of a sentence says nothing. Names written all in capitals or all in lower
 * case are not found.
 */
final class PersonNameDetector implements WordDetector {

    private static final double ANNOUNCED_KNOWN_NAME_CONFIDENCE = 0.9;
    private static final double FULL_NAME_CONFIDENCE = 0.85;
    private static final double ANNOUNCED_NAME_CONFIDENCE = 0.75;
    private static final double GIVEN_NAME_AND_CAPITALISED_WORD_CONFIDENCE = 0.7;
    private static final double GIVEN_NAME_CONFIDENCE = 0.6;
    private static final double GIVEN_NAME_STARTING_SENTENCE_CONFIDENCE = 0.55;
    private static final double SURNAME_CONFIDENCE = 0.5;

    /** Written with a capital, with or without a full stop. */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
            "Sister", "Nurse", "Sgt", "PC", "DC", "Cllr");

    /** Words after which the next capitalised word is a name, in any case: "paramedic Jones", "my colleague, Sam". */
    private static final Set<String> ROLES = Set.of("paramedic", "technician", "tech", "nurse", "doctor", "medic",
            "manager", "supervisor", "colleague", "crewmate", "partner", "student", "trainee", "mentor", "learner",
            "emt", "eca", "clinician", "consultant", "registrar", "officer", "sergeant", "constable", "dispatcher",
            "handler", "driver", "responder", "volunteer", "leader", "patient", "husband", "wife", "boyfriend",
            "girlfriend", "brother", "sister", "son", "daughter", "mum", "dad", "mother", "father", "friend",
            "neighbour", "called", "named");
    /** Roles and verbs that may be followed by a comma before the name. */
    private static final Set<String> ROLES_WITHOUT_COMMA = Set.of("called", "named");

    /** Capitalised words that follow a role without being a name: "nurse Practitioner", "called Control". */
    private static final Set<String> NOT_NAMES = Set.of("ambulance", "service", "trust", "station", "hospital",
            "control", "police", "security", "resus", "triage", "team", "teams", "unit", "ward", "manager",
            "practitioner", "specialist", "lead", "director", "assistant", "associate", "advanced", "senior",
            "junior", "student", "clinical", "duty", "operations", "emergency", "urgent", "care", "support", "bank",
            "agency", "nhs", "datix", "zoom", "christmas", "easter", "english", "british", "covid", "mr", "mrs",
            "ms", "miss", "mx", "dr", "prof", "professor", "sister", "nurse", "paramedic", "doctor", "officer",
            "sergeant", "constable", "hr", "freedom", "speak", "up", "guardian", "board", "council", "court");

    /** Words that end the name of a service or team. */
    private static final Set<String> INSTITUTIONS = Set.of("service", "services", "team", "centre", "center", "unit",
            "department", "group", "programme", "hub", "desk", "office", "line", "network", "board", "forum");

    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_TITLE_LENGTH = 9;

    @Override
    public List<Finding> detect(Tokens tokens) {
        var findings = new ArrayList<Finding>();
        int token = 0;
        while (token < tokens.size()) {
            int end = announcedName(tokens, token, findings);
            if (end < 0) {
                end = unannouncedName(tokens, token, findings);
            }
            token = end < 0 ? token + 1 : end;
        }
        return findings;
    }

    /** Adds the name a title or role at {@code cue} announces; the word after it, or -1 if there is none. */
    private static int announcedName(Tokens tokens, int cue, List<Finding> findings) {
        int first = cue + 1;
        if (first >= tokens.size()) {
            return -1;
        }
        String cueWord = tokens.lowerCase(cue);
        boolean title = isTitle(tokens, cue);
        boolean role = ROLES.contains(cueWord)
                || (cueWord.equals("as") && cue > 0 && tokens.lowerCase(cue - 1).equals("known"));
        if (!title && !role) {
            return -1;
        }
        boolean follows = tokens.joinsPrevious(first)
                || (role && !ROLES_WITHOUT_COMMA.contains(cueWord) && tokens.followsComma(first));
        if (!follows) {
            return -1;
        }
        // "Dr J. Smith": initials after a title belong to the name.
        int nameStart = first;
        while (title && first + 1 < tokens.size() && tokens.isInitial(first) && tokens.joinsPrevious(first + 1)) {
            first++;
        }
        // After a title even a town's name is a surname: "Dr Preston".
        if (!tokens.isCapitalised(first) || !mayBeName(tokens.lowerCase(first), !title)) {
            return -1;
        }
        int end = nameEnd(tokens, first + 1);
        boolean known = isGivenName(tokens.lowerCase(first)) || isSurname(tokens.lowerCase(first));
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

    /** Adds a listed name at {@code first} found without a cue; the word after it, or -1 if there is none. */
    private static int unannouncedName(Tokens tokens, int first, List<Finding> findings) {
        if (!tokens.isCapitalised(first)) {
            return -1;
        }
        String word = tokens.lowerCase(first);
        double confidence;
        int end;
        if (isGivenName(word)) {
            end = nameEnd(tokens, first + 1);
            boolean surnameAfter = end > first + 1 && isSurname(tokens.lowerCase(first + 1));
            // "Will Smith" is a name, "May Day" and "Grace Hill" may not be.
            if (Lexicon.isOrdinaryWord(word)
                    && !(surnameAfter && !Lexicon.isOrdinaryWord(tokens.lowerCase(first + 1)))) {
                return -1;
            }
            confidence = surnameAfter ? FULL_NAME_CONFIDENCE
                    : end > first + 1 ? GIVEN_NAME_AND_CAPITALISED_WORD_CONFIDENCE
                    : tokens.startsSentence(first) ? GIVEN_NAME_STARTING_SENTENCE_CONFIDENCE
                    : GIVEN_NAME_CONFIDENCE;
        } else if (isSurname(word) && !Lexicon.isOrdinaryWord(word) && !tokens.startsSentence(first)) {
            end = first + 1;
            confidence = SURNAME_CONFIDENCE;
        } else {
            return -1;
        }
        findings.add(Finding.of(FindingType.PERSON_NAME, tokens.text(), tokens.start(first), tokens.end(end - 1),
                confidence));
        return end;
    }

    /** The end of a name whose second word would be at {@code next}: its surname and middle names, if any. */
    private static int nameEnd(Tokens tokens, int next) {
        int end = next;
        while (end < tokens.size() && end - next < MAX_NAME_WORDS - 1 && tokens.joinsPrevious(end)
                && tokens.isCapitalised(end) && continuesName(tokens.lowerCase(end))) {
            end++;
        }
        return end;
    }

    /** A surname or middle name, or a capitalised word that is nothing else we know. */
    private static boolean continuesName(String word) {
        if (isSurname(word) || isGivenName(word)) {
            return true;
        }
        return mayBeName(word, true) && !Lexicon.isOrdinaryWord(word);
    }

    private static boolean mayBeName(String word, boolean unlessTown) {
        if (isGivenName(word) || isSurname(word)) {
            return true;
        }
        return !NOT_NAMES.contains(word) && !Lexicon.FUNCTION_WORDS.contains(word) && !Lexicon.MONTHS.contains(word)
                && !Lexicon.WEEKDAYS.contains(word) && !(unlessTown && Lexicon.ONE_WORD_TOWNS.contains(word));
    }

    private static boolean isGivenName(String word) {
        return Lexicon.GIVEN_NAMES.contains(word) || eachPartIn(word, Lexicon.GIVEN_NAMES);
    }

    private static boolean isSurname(String word) {
        return Lexicon.SURNAMES.contains(word) || anyPartIn(word, Lexicon.SURNAMES);
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
            if (names.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
