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

    /**
     * An address written to dodge harvesters: "j.smith at nhs dot net", "jsmith(at)nhs.net", "k_nowak[at]outlook[dot]com".
     * Each repetition needs a "dot" or a full stop, so the pattern cannot backtrack far.
     */
    private static final Pattern OBFUSCATED = Pattern.compile("(?i)(?<![\\p{Alnum}._%+'-])"
            + "(?<local>[a-z0-9][a-z0-9._%+'-]{0,63}(?:[ ]dot[ ][a-z0-9_%+-]{1,30}){0,3})"
            + "[ ]?(?:[(\\[{][ ]?at[ ]?[)\\]}]|(?<=[ ])at(?=[ ])|@)[ ]?"
            + "(?<domain>[a-z0-9-]{1,63}(?:(?:[ ]?[(\\[{][ ]?dot[ ]?[)\\]}][ ]?|[ ]dot[ ]|\\.)[a-z0-9-]{1,63}){1,4})"
            + "(?![\\p{Alnum}])");
    private static final Pattern DOT_WORD = Pattern.compile("(?i)[ ]?[(\\[{][ ]?dot[ ]?[)\\]}][ ]?|[ ]dot[ ]");
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

    /** Addresses with "at" or "dot" in words or brackets, looked for only in texts that have such words. */
    private static void findObfuscated(String text, List<Finding> findings) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("dot") && !lower.contains("(at)") && !lower.contains("[at]") && !lower.contains("{at}")
                && !lower.contains(" @ ")) {
            return;
        }
        Matcher matcher = OBFUSCATED.matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            String domain = DOT_WORD.matcher(matcher.group("domain")).replaceAll(".");
            String last = domain.substring(domain.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String whole = matcher.group().toLowerCase(Locale.ROOT);
            boolean obfuscated = whole.contains("dot") || whole.contains("(") || whole.contains("[")
                    || whole.contains("{") || whole.contains(" at ") || whole.contains(" @ ");
            if (obfuscated && TOP_LEVEL_DOMAINS.contains(last) && !whole.startsWith("at ")) {
                findings.add(Finding.of(FindingType.EMAIL_ADDRESS, text, matcher.start(), matcher.end(),
                        OBFUSCATED_CONFIDENCE));
                from = matcher.end();
            } else {
                from = matcher.start() + 1;
            }
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
