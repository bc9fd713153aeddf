package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses as people write them (jane.doe+cop@example.nhs.uk), not every form RFC 5322 allows: a local part of
 * letters, digits and . _ % + - ', an at sign and a domain ending in an alphabetic top-level domain. Punctuation
 * around the address (quotes, a full stop ending the sentence) stays out of the finding.
 */
final class EmailAddressDetector implements Detector {

    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_DOMAIN_LENGTH = 253;

    /** Dot-separated labels of letters, digits and inner hyphens; each repetition needs a dot, so no backtracking. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])");

    private static final double CONFIDENCE = 0.95;
    private static final double OBFUSCATED_CONFIDENCE = 0.85;

    /** "(at)", "[at]", "{at}" and " at ": where an address written to dodge harvesters has its at sign. */
    private static final Pattern AT_MARKER =
            Pattern.compile("(?i)[ ]?[(\\[{][ ]?at[ ]?[)\\]}][ ]?|[ ]at[ ]");
    /**
     * The domain after the marker: labels joined by full stops or by "dot" in words or brackets
     * ("nhs dot net", "outlook[dot]com"). Each repetition needs a separator, so the pattern cannot backtrack far.
     */
    private static final Pattern DOMAIN_AFTER = Pattern.compile("(?i)[a-z0-9-]{1,63}(?:(?:[ ]?[(\\[{][ ]?dot[ ]?"
            + "[)\\]}][ ]?|[ ]dot[ ]|\\.)[a-z0-9-]{1,63}){1,4}(?![\\p{Alnum}])");
    private static final Pattern DOT_WORD = Pattern.compile("(?i)[ ]?[(\\[{][ ]?dot[ ]?[)\\]}][ ]?|[ ]dot[ ]");
    /** " dot " between the words of a local part: "tom dot hardy at nhs dot net". */
    private static final String DOT_IN_WORDS = " dot ";
    /** The endings an obfuscated address may have; a sentence ending "at home dot" is none. */
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("com", "net", "org", "uk", "ie", "scot", "wales",
            "cymru", "io", "me", "info", "biz", "eu", "edu", "gov", "de", "fr", "pl", "nl", "in", "ng", "gh", "za",
            "au", "ca", "us", "co");

    @Override
    public List<Finding> detect(String text) {
        var findings = new ArrayList<Finding>();
        findObfuscated(text, findings);
        // Working outwards from each at sign costs next to nothing on the many texts without one.
        int at = text.indexOf('@');
        if (at < 0) {
            return findings;
        }
        Matcher domain = DOMAIN.matcher(text);
        while (at >= 0) {
            int start = localPartStart(text, at);
            if (start < at && domain.region(at + 1, text.length()).lookingAt()
                    && domain.end() - (at + 1) <= MAX_DOMAIN_LENGTH) {
                findings.add(Finding.of(FindingType.EMAIL_ADDRESS, text, start, domain.end(), CONFIDENCE));
                at = text.indexOf('@', domain.end());
            } else {
                at = text.indexOf('@', at + 1);
            }
        }
        return findings;
    }

    /**
     * Addresses with "at" or "dot" in words or brackets: found from each at marker that a domain with a known ending
     * follows, then back over the local part. Looked for only in texts that have such words.
     */
    private static void findObfuscated(String text, List<Finding> findings) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("dot") && !lower.contains("(at)") && !lower.contains("[at]") && !lower.contains("{at}")) {
            return;
        }
        Matcher marker = AT_MARKER.matcher(text);
        Matcher domain = DOMAIN_AFTER.matcher(text);
        int free = 0;
        // "at" is in many words: the marker's pattern is tried only around each, not at every character.
        for (int at = lower.indexOf("at"); at >= 0; at = lower.indexOf("at", at + 2)) {
            int from = Math.max(free, at - 2);
            if (!marker.region(from, Math.min(text.length(), at + 4)).find() || marker.start() < free
                    || !domain.region(marker.end(), text.length()).lookingAt()) {
                continue;
            }
            String labels = DOT_WORD.matcher(domain.group()).replaceAll(".");
            String last = labels.substring(labels.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            int start = obfuscatedLocalPartStart(text, lower, marker.start(), free);
            if (start < marker.start() && TOP_LEVEL_DOMAINS.contains(last)
                    && !Lexicon.FUNCTION_WORDS.contains(lower.substring(start, marker.start()).strip())) {
                findings.add(Finding.of(FindingType.EMAIL_ADDRESS, text, start, domain.end(), OBFUSCATED_CONFIDENCE));
                free = domain.end();
            }
        }
    }

    /** Where a local part ending at {@code end} starts, over " dot " between its words; {@code end} if none. */
    private static int obfuscatedLocalPartStart(String text, String lower, int end, int free) {
        int start = end;
        while (true) {
            int wordStart = start;
            while (wordStart > free && isLocalPartCharacter(text.charAt(wordStart - 1))
                    && start - wordStart < MAX_LOCAL_PART_LENGTH) {
                wordStart--;
            }
            if (wordStart == start) {
                return start == end ? end : start;
            }
            start = wordStart;
            if (start - DOT_IN_WORDS.length() >= free && lower.startsWith(DOT_IN_WORDS, start - DOT_IN_WORDS.length())
                    && start - DOT_IN_WORDS.length() > 0
                    && isLocalPartCharacter(text.charAt(start - DOT_IN_WORDS.length() - 1))) {
                start -= DOT_IN_WORDS.length();
                continue;
            }
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            return start;
        }
    }

    /** Where the local part before the at sign starts; {@code at} itself when there is none worth reporting. */
    private static int localPartStart(String text, int at) {
        int start = at;
        while (start > 0 && isLocalPartCharacter(text.charAt(start - 1))) {
            start--;
            if (at - start > MAX_LOCAL_PART_LENGTH) {
                return at;
            }
        }
        // Quotes, dots and hyphens before the first letter or digit are the sentence's, not the address's.
        while (start < at && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return start;
    }

    private static boolean isLocalPartCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }
}
