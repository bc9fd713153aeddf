package uk.sexualsafety.cop.moderation.anonymisation;

import java.util.regex.Pattern;

/** How NHS numbers are written and checked; shared by the NHS number and phone number detectors. */
final class NhsNumbers {

    /** Ten digits grouped 3-3-4, each gap at most one space, no-break space, hyphen or full stop. */
    static final String WRITTEN_FORM = "\\d{3}[ \\u00A0.-]?\\d{3}[ \\u00A0.-]?\\d{4}";

    private static final Pattern EXACTLY_WRITTEN_FORM = Pattern.compile(WRITTEN_FORM);

    private NhsNumbers() {
    }

    /** Whether the candidate, as a whole, is written like an NHS number and carries a valid check digit. */
    static boolean isValidNhsNumber(String candidate) {
        return EXACTLY_WRITTEN_FORM.matcher(candidate).matches() && hasValidCheckDigit(candidate);
    }

    /**
     * The modulus 11 check: weights 10 down to 2 on the first nine digits, check digit 11 minus the remainder of
     * their sum by 11, where 11 means 0 and 10 means that no valid number has these first nine digits. Characters
     * other than ASCII digits are skipped; anything but ten digits fails.
     */
    static boolean hasValidCheckDigit(CharSequence number) {
        int weightedSum = 0;
        int digitCount = 0;
        int lastDigit = -1;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            lastDigit = c - '0';
            if (digitCount < 9) {
                weightedSum += lastDigit * (10 - digitCount);
            }
            digitCount++;
        }
        if (digitCount != 10) {
            return false;
        }
        int checkDigit = 11 - weightedSum % 11;
        if (checkDigit == 11) {
            checkDigit = 0;
        }
        return checkDigit != 10 && checkDigit == lastDigit;
    }
}
