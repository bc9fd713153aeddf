package uk.sexualsafety.cop.portal.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Receipt and recovery codes for anonymous contributors: 140 random bits written as 28 characters of Crockford's
 * base 32 in groups of four, which people can read aloud and copy without confusing 0/O or 1/I/L. Only their SHA-256
 * is stored; with this much randomness a fast hash is enough, and it lets a code be looked up directly.
 */
final class ReceiptCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int CHARACTERS = 28;

    private final SecureRandom random = new SecureRandom();

    String newCode() {
        var code = new StringBuilder(CHARACTERS + CHARACTERS / 4);
        for (int i = 0; i < CHARACTERS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * The hash to look a typed code up by. Any text gets one, so a malformed code costs the same as a wrong one and
     * the answer cannot tell them apart.
     */
    static byte[] hash(String typed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Upper case without spaces or dashes, with the letters people mistake for digits read as those digits. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        var normalised = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-', '\t', '\n', '\r' -> { }
                case 'O' -> normalised.append('0');
                case 'I', 'L' -> normalised.append('1');
                default -> normalised.append(c);
            }
        }
        return normalised.toString();
    }
}
