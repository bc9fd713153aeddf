package uk.sexualsafety.cop.portal.secondfactor;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.time.Instant;

/** A person's authenticator app in a test: the codes it shows for a secret, now or for the next 30 seconds. */
public final class AuthenticatorApp {

    private final String secret;

    public AuthenticatorApp(String secret) {
        this.secret = secret.replace(" ", "");
    }

    public String codeNow() {
        return codeAt(Instant.now());
    }

    /** The code the app will show next: accepted now too, as a phone's clock may run a little fast. */
    public String nextCode() {
        return codeAt(Instant.now().plusSeconds(30));
    }

    /** A code this app never shows now or next to now: wrong, whatever the time. */
    public String wrongCode() {
        String now = codeNow();
        String next = nextCode();
        String previous = codeAt(Instant.now().minusSeconds(30));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(now) && !code.equals(next) && !code.equals(previous)) {
                return code;
            }
        }
    }

    private String codeAt(Instant instant) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, instant.getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
