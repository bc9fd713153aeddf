package uk.sexualsafety.cop.portal.codes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Random codes that people keep and type back (anonymous contributors' receipt and recovery codes, second-factor
 * recovery codes): Crockford's base 32 in groups of four, which can be read aloud and copied without confusing
 * 0/O or 1/I/L. Only their SHA-256 is stored; with at least 80 random bits a fast hash is enough, and it lets a code
 * be looked up directly.
 */
public final class ReadableCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final int characters;
    private final SecureRandom random = new SecureRandom();

    /** Codes of this many characters, five random bits each. */
    public ReadableCodes(int characters) {
        if (characters < 16) {
            throw new IllegalArgumentException("A code needs at least 16 characters (80 bits) to be stored by a fast hash");
        }
        this.characters = characters;
    }

    public String newCode() {
        var code = new StringBuilder(characters + characters / 4);
        for (int i = 0; i < characters; i++) {
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
    public static byte[] hash(String typed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Upper case without spaces or dashes, with the letters people mistake for digits read as those digits. */
    public static String normalise(String typed) {
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
