package uk.sexualsafety.cop.portal.password;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a new password by how easily it could be guessed, as the NCSC advises, rather than by rules about its
 * make-up: at least {@value #MIN_LENGTH} characters, and an estimate by nbvcxz (zxcvbn's approach: common passwords,
 * dictionary words, names, keyboard patterns, sequences, repeats, dates) of at least {@value #MIN_ENTROPY_BITS} bits.
 * The person's own name and email address, and this site's name, count as the easiest words of all. When a password
 * is refused, the message says why, in nbvcxz's words put into plain British English (decision 031).
 *
 * <p>Plain Java: no Spring, so that the rules have fast tests.
 */
public final class PasswordStrength {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes of a password, and Spring Security refuses longer ones. */
    static final int MAX_BYTES = 72;
    /** About 10^10.5 guesses: beyond online guessing, and a long way into an offline attack on a bcrypt hash. */
    static final double MIN_ENTROPY_BITS = 35;

    static final String TOO_SHORT = "Use at least " + MIN_LENGTH
            + " characters: three random words make a strong password that is easy to remember";
    static final String TOO_LONG = "Use no more than " + MAX_LENGTH + " characters";
    static final String TOO_MANY_BYTES = "This password is too long to store safely: use fewer accented letters, "
            + "symbols or emoji, or fewer characters";
    static final String GUESSABLE = "This password would be too easy to guess";

    /** Words of the site itself, which people are tempted to build a password from. */
    private static final List<String> SITE_WORDS = List.of("sexual", "safety", "sexualsafety", "community",
            "practice", "communityofpractice", "portal", "nhs", "nhsmail", "ambulance");
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Map<String, String> WARNINGS = Map.ofEntries(
            Map.entry("feedback.dictionary.warning.passwords.top10",
                    "it is, or contains, one of the most used passwords"),
            Map.entry("feedback.dictionary.warning.passwords.top100",
                    "it is, or contains, one of the most used passwords"),
            Map.entry("feedback.dictionary.warning.passwords.veryCommon",
                    "it is, or contains, a very common password"),
            Map.entry("feedback.dictionary.warning.passwords.notAllowed",
                    "it contains your name, your email address or the name of this site"),
            Map.entry("feedback.spatial.warning.straightRowsOfKeys", "straight rows of keys are easy to guess"),
            Map.entry("feedback.spatial.warning.shortKeyboardPatterns",
                    "short keyboard patterns are easy to guess"),
            Map.entry("feedback.repeat.warning.likeAAA", "repeated characters like \"aaa\" are easy to guess"),
            Map.entry("feedback.repeat.warning.likeABCABCABC",
                    "repeats like \"abcabcabc\" are barely harder to guess than \"abc\""),
            Map.entry("feedback.sequence.warning.sequenceWarning",
                    "sequences like \"abc\" or \"6543\" are easy to guess"),
            Map.entry("feedback.year.warning.recentYears", "recent years are easy to guess"),
            Map.entry("feedback.date.warning.dates", "dates are easy to guess"));

    private static final Map<String, String> SUGGESTIONS = Map.ofEntries(
            Map.entry("feedback.extra.suggestions.addAnotherWord",
                    "Add another word or two: uncommon words are better."),
            Map.entry("feedback.default.suggestions.useFewWords", "Use a few words, and avoid common phrases."),
            Map.entry("feedback.dictionary.suggestions.capitalization", "Capital letters do not help much."),
            Map.entry("feedback.dictionary.suggestions.allUppercase",
                    "All capitals are almost as easy to guess as all small letters."),
            Map.entry("feedback.dictionary.suggestions.reversed",
                    "Words spelt backwards are not much harder to guess."),
            Map.entry("feedback.dictionary.suggestions.leet",
                    "Swapping letters for look-alike symbols, such as '@' for 'a', does not help much."),
            Map.entry("feedback.dictionary.suggestions.passwords.notAllowed",
                    "Leave out your name and email address."),
            Map.entry("feedback.spatial.suggestions.UseLongerKeyboardPattern", "Avoid keyboard patterns."),
            Map.entry("feedback.repeat.suggestions.avoidRepeated", "Avoid repeated words and characters."),
            Map.entry("feedback.sequence.suggestions.avoidSequences", "Avoid sequences."),
            Map.entry("feedback.year.suggestions.avoidYears",
                    "Avoid recent years and years that mean something to you."),
            Map.entry("feedback.date.suggestions.avoidDates",
                    "Avoid dates and years that mean something to you."));

    /**
     * Why the password may not be used, or empty when it may. {@code personalWords} are what the portal knows of the
     * person (their name, their email address): a password built from them is refused.
     */
    public Optional<String> problem(String password, Collection<String> personalWords) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password");
        }
        int characters = password.codePointCount(0, password.length());
        if (characters < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (characters > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(TOO_MANY_BYTES);
        }
        var result = estimator(personalWords).estimate(password);
        if (result.getEntropy() >= MIN_ENTROPY_BITS) {
            return Optional.empty();
        }
        return Optional.of(explain(result.getFeedback()));
    }

    private static Nbvcxz estimator(Collection<String> personalWords) {
        // The built-in dictionaries are loaded once by nbvcxz; only the small personal one is new per call.
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(new DictionaryBuilder()
                .setDictionaryName("personal")
                .setExclusion(true)
                .addWords(words(personalWords), 0)
                .createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY_BITS)
                .setLocale(Locale.ENGLISH)
                .createConfiguration());
    }

    /** Each personal text whole, without its separators, and word by word (an email address by its parts too). */
    static Set<String> words(Collection<String> personalWords) {
        Set<String> words = new LinkedHashSet<>(SITE_WORDS);
        personalWords.stream().filter(Objects::nonNull).map(text -> text.strip().toLowerCase(Locale.ROOT))
                .filter(text -> !text.isEmpty())
                .forEach(text -> {
                    words.add(text);
                    String[] parts = WORD_BREAKS.split(text);
                    words.add(String.join("", parts));
                    for (String part : parts) {
                        if (part.length() >= 3) {
                            words.add(part);
                        }
                    }
                });
        words.remove("");
        return words;
    }

    private static String explain(Feedback feedback) {
        var message = new StringBuilder(GUESSABLE);
        String warning = feedback.getWarningKey() == null ? null : WARNINGS.get(feedback.getWarningKey());
        message.append(warning == null ? "." : ": " + warning + ".");
        Set<String> suggestions = new LinkedHashSet<>();
        for (String key : feedback.getSuggestionKeys() == null ? List.<String>of() : feedback.getSuggestionKeys()) {
            String suggestion = SUGGESTIONS.get(key);
            if (suggestion != null) {
                suggestions.add(suggestion);
            }
        }
        if (suggestions.isEmpty()) {
            suggestions.add("Add another word or two: uncommon words are better.");
        }
        suggestions.forEach(suggestion -> message.append(' ').append(suggestion));
        return message.toString();
    }
}
