package uk.sexualsafety.cop.portal.story;

import uk.sexualsafety.cop.portal.codes.ReadableCodes;

/**
 * Receipt and recovery codes for anonymous contributors: 140 random bits written as 28 characters of Crockford's
 * base 32 in groups of four ({@link ReadableCodes}). Only their SHA-256 is stored.
 */
final class ReceiptCodes {

    static final int CHARACTERS = 28;

    private final ReadableCodes codes = new ReadableCodes(CHARACTERS);

    String newCode() {
        return codes.newCode();
    }

    /** The hash to look a typed code up by; a malformed code costs the same as a wrong one. */
    static byte[] hash(String typed) {
        return ReadableCodes.hash(typed);
    }
}
