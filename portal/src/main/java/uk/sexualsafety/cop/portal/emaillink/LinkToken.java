package uk.sexualsafety.cop.portal.emaillink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a link sent by email: 256 random bits written as 43 URL-safe base-64 characters. Only its SHA-256
 * is stored; with this much randomness a slow hash adds nothing, and a direct hash lets the link be found by index
 * (as receipt codes are, decision 012). {@link #toString()} never shows it, so it cannot reach a log by accident.
 */
public final class LinkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String value;

    private LinkToken(String value) {
        this.value = value;
    }

    public static LinkToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in an address, or empty for anything that cannot be one (then nothing need be looked up). */
    public static Optional<LinkToken> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new LinkToken(text)) : Optional.empty();
    }

    /** As it goes in the link. */
    public String value() {
        return value;
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkToken token && MessageDigest.isEqual(hash(), token.hash());
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "LinkToken[hidden]";
    }
}
