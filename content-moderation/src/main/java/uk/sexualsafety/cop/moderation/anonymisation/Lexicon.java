package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in word lists the word-based detectors share: the gazetteers in this package's resources, read once, and
 * the small closed sets of words (months, weekdays, function words) that are clearer as code.
 */
final class Lexicon {

    /** Lower case. */
    static final Set<String> GIVEN_NAMES = lowerCase(Gazetteer.readPhrases("given-names.txt"));
    /** Lower case. */
    static final Set<String> SURNAMES = lowerCase(Gazetteer.readPhrases("surnames.txt"));
    /** Names of people and places that are also ordinary words; lower case. */
    static final Set<String> ORDINARY_WORDS = lowerCase(Gazetteer.readPhrases("ordinary-words.txt"));
    /** As written in the resource. */
    static final List<String> TOWNS = List.copyOf(Gazetteer.readPhrases("towns.txt"));
    /** As written in the resource. */
    /** The towns of one word, lower case. */
    static final Set<String> ONE_WORD_TOWNS = oneWordTowns();
    /** As written in the resource. */
    static final List<String> AMBULANCE_SERVICES = List.copyOf(Gazetteer.readPhrases("ambulance-services.txt"));

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
            "which", "while", "who", "why", "with", "without", "yes", "yesterday", "yet", "you", "your");

    private Lexicon() {
    }

    static boolean isOrdinaryWord(String lowerCase) {
        return ORDINARY_WORDS.contains(lowerCase);
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

    private static Set<String> lowerCase(List<String> words) {
        var set = new HashSet<String>();
        for (String word : words) {
            set.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
