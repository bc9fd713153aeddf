package uk.sexualsafety.cop.portal.secondfactor;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six digits, a new code every
 * 30 seconds, from a 160-bit secret. The code algorithm is dev.samstevens.totp's; which time step a code belongs to
 * is worked out here, so that an accepted code is never accepted again.
 */
final class OneTimeCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    /** One step either side of now, for phones whose clocks are a little out. */
    private static final int STEPS_EITHER_SIDE = 1;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    /** A new secret: 32 characters of base 32, 160 random bits. */
    String newSecret() {
        return secrets.generate();
    }

    /** Whether the typed text has the shape of a one-time code (spaces between the digits are forgiven). */
    static boolean looksLikeCode(String typed) {
        return typed != null && CODE.matcher(withoutSpaces(typed)).matches();
    }

    /** The time step whose code this is, if it is the code of now or one step either side; otherwise empty. */
    OptionalLong matchingStep(String secret, String typed, Instant now) {
        if (!looksLikeCode(typed)) {
            return OptionalLong.empty();
        }
        byte[] given = withoutSpaces(typed).getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        // Every candidate is computed and compared in constant time, so the answer's timing says nothing.
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            if (MessageDigest.isEqual(given, code(secret, step).getBytes(StandardCharsets.US_ASCII))
                    && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Could not compute a one-time code", e);
        }
    }

    static long step(Instant instant) {
        return instant.getEpochSecond() / PERIOD_SECONDS;
    }

    /** The otpauth:// address an authenticator app reads from the QR code. */
    static String appAddress(String issuer, String accountLabel, String secret) {
        return new QrData.Builder()
                .issuer(issuer)
                .label(accountLabel)
                .secret(secret)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    private static String withoutSpaces(String typed) {
        return typed.replace(" ", "").strip();
    }
}
