package uk.sexualsafety.cop.moderation.anonymisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in word lists the word-based detectors share: the gazetteers in this package's resources (typed for this
 * project, and the larger lists in {@code data/} generated from public data, see {@code data/SOURCES.md}), read once
 * per JVM, and the small closed sets of words (months, weekdays, function words) that are clearer as code. Every set
 * holds words in lower case with accents folded, as {@link Tokens#lowerCase} gives them.
 */
final class Lexicon {

    /** First: folding words while the lists below are read needs it. */
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Each letter of the Latin, Greek and Cyrillic blocks as {@link #fold} leaves it, filled in as met. */
    private static final String[] FOLDED_CHARACTERS = new String[0x800];

    /** Given names common enough, or from lists of the UK's communities, to count in lower case. */
    static final Set<String> GIVEN_NAMES = folded(List.of("given-names.txt", "name-short-forms.txt",
            "data/given-names-common.txt"));
    /** Given names given to few, counted only with more evidence: a capital, a cue or a surname. */
    static final Set<String> RARE_GIVEN_NAMES = folded(List.of("data/given-names-rare.txt"));
    static final Set<String> SURNAMES = folded(List.of("surnames.txt", "data/surnames-large.txt"));
    /** Ordinary English words, which a name or place that is also one needs more evidence to be. */
    static final Set<String> ENGLISH_WORDS = folded(List.of("data/english-words.txt"));
    /** Names of people and places that are also ordinary words, beyond the English word list. */
    static final Set<String> ORDINARY_WORDS = folded(List.of("ordinary-words.txt"));
    /** Words the name lists hold that informal writing uses as something else ("ive", "ed", "mate"). */
    static final Set<String> NOT_NAMES = folded(List.of("not-names.txt"));
    /** As written in the resources: towns, generated places and stations, districts, islands, Welsh and Gaelic. */
    static final List<String> TOWNS = phrases(List.of("towns.txt", "places-extra.txt", "data/places-gb.txt",
            "data/stations-gb.txt"));
    /** The towns of one word, lower case. */
    static final Set<String> ONE_WORD_TOWNS = oneWordTowns();
    /** As written in the resource. */
    static final List<String> AMBULANCE_SERVICES = List.copyOf(Gazetteer.readPhrases("ambulance-services.txt"));
    /** As written in the resource. */
    static final List<String> ORGANISATIONS = List.copyOf(Gazetteer.readPhrases("organisations.txt"));
    /** As written in the resource. */
    static final List<String> NOT_IDENTIFYING = List.copyOf(Gazetteer.readPhrases("not-identifying.txt"));

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * Words that start sentences or stand between names without being part of one; capitalised at the start of a
     * sentence they would otherwise look like names.
     */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "about", "after", "afterwards", "again", "all", "also", "although", "an", "and", "another", "any",
            "as", "at", "because", "before", "both", "but", "by", "dear", "during", "each", "earlier", "either",
            "even", "every", "for", "from", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if",
            "in", "into", "it", "its", "later", "many", "meanwhile", "more", "most", "my", "near", "neither", "no",
            "nor", "not", "now", "of", "on", "once", "one", "or", "our", "she", "since", "so", "some", "still",
            "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "though", "to",
            "today", "tomorrow", "tonight", "two", "until", "upon", "we", "what", "when", "where", "whether",
            "which", "while", "who", "why", "with", "without", "yes", "yesterday", "yet", "you", "your",
            "me", "n", "u", "im", "ive", "dont", "didnt", "cant", "wont", "isnt", "wasnt", "id", "ill", "hes",
            "shes", "theyre", "were", "was", "is", "are", "be", "been", "had", "has", "have", "did", "do", "does",
            "said", "says", "told", "asked", "got", "get", "went", "came", "just", "like", "really", "very",
            "too", "ok", "okay", "yeah", "nah", "lol", "tbh", "tbf", "omg", "cos", "coz", "innit", "ngl", "idk");

    private Lexicon() {
    }

    /**
     * A lower-case word with its accents taken off (siobhán → siobhan, łukasz → lukasz) and the typographic
     * apostrophe made plain, so that a name matches however its writer's keyboard spelt it.
     */
    static String fold(String lowerCase) {
        boolean ascii = true;
        for (int i = 0; i < lowerCase.length() && ascii; i++) {
            ascii = lowerCase.charAt(i) < 128;
        }
        if (ascii) {
            return lowerCase;
        }
        // Character by character, each folded once per JVM: the lists fold thousands of words while the JVM starts.
        // Taking the marks off a whole word's decomposition is taking them off each character's.
        var folded = new StringBuilder(lowerCase.length());
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            if (c < 128) {
                folded.append(c);
            } else if (Character.isSurrogate(c)) {
                return foldWhole(lowerCase);
            } else {
                folded.append(foldedCharacter(c));
            }
        }
        return folded.toString();
    }

    /** The character folded as {@link #fold} folds it within a word: its accents off, æ as "ae". */
    static String foldedCharacter(char c) {
        if (c >= FOLDED_CHARACTERS.length) {
            return foldWhole(String.valueOf(c));
        }
        String folded = FOLDED_CHARACTERS[c];
        if (folded == null) {
            // Two threads may both fold it: the same string either way.
            folded = foldWhole(String.valueOf(c));
            FOLDED_CHARACTERS[c] = folded;
        }
        return folded;
    }

    private static String foldWhole(String lowerCase) {
        String plain = lowerCase.replace('\u2019', '\'').replace('ł', 'l').replace('đ', 'd').replace('ø', 'o')
                .replace("æ", "ae").replace("ß", "ss").replace('ı', 'i');
        return COMBINING_MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
    }

    static boolean isOrdinaryWord(String lowerCase) {
        return ORDINARY_WORDS.contains(lowerCase) || ENGLISH_WORDS.contains(lowerCase);
    }

    static boolean isPersonName(String lowerCase) {
        return GIVEN_NAMES.contains(lowerCase) || SURNAMES.contains(lowerCase);
    }

    private static Set<String> oneWordTowns() {
        var towns = new HashSet<String>();
        for (String town : TOWNS) {
            Tokens words = Tokens.of(town);
            if (words.size() == 1) {
                towns.add(words.lowerCase(0));
            }
        }
        return Set.copyOf(towns);
    }

    private static List<String> phrases(List<String> resources) {
        var all = new ArrayList<String>();
        for (String resource : resources) {
            all.addAll(Gazetteer.readPhrases(resource));
        }
        return List.copyOf(all);
    }

    private static Set<String> folded(List<String> resources) {
        WordSet.Builder words = WordSet.builder();
        for (String resource : resources) {
            words.addLines(Gazetteer.readBytes(resource));
        }
        return words.build();
    }
}
