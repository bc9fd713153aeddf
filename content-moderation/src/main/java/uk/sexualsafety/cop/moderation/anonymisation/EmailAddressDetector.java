package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    public List<Finding> detect(String text) {
        // Working outwards from each at sign costs next to nothing on the many texts without one.
        int at = text.indexOf('@');
        if (at < 0) {
            return List.of();
        }
        var findings = new ArrayList<Finding>();
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
