package uk.sexualsafety.cop.portal.password;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.util.Collection;
import java.util.Optional;

/**
 * Every place a password is set (joining, a reset, a change, the first administrator) judges it the same way, by
 * {@link PasswordStrength}, and stores only its hash.
 */
@Component
public class NewPasswords {

    private final PasswordStrength strength = new PasswordStrength();
    private final PasswordEncoder encoder;

    NewPasswords(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Why the password may not be used, or empty. */
    public Optional<String> problem(String password, Collection<String> personalWords) {
        return strength.problem(password, personalWords);
    }

    /** Checks the chosen password (and that it was typed the same twice) and returns its hash. */
    public String hash(NewPassword chosen, Collection<String> personalWords) {
        check(chosen, personalWords);
        return encoder.encode(chosen.password());
    }

    /** The hash of a password already checked. */
    String encode(String checkedPassword) {
        return encoder.encode(checkedPassword);
    }

    /** Throws {@link InvalidInputException} naming the field at fault. */
    public void check(NewPassword chosen, Collection<String> personalWords) {
        Optional<String> problem = strength.problem(chosen.password(), personalWords);
        if (problem.isPresent()) {
            throw InvalidInputException.of(NewPassword.PASSWORD, problem.get());
        }
        if (!chosen.password().equals(chosen.passwordAgain())) {
            throw InvalidInputException.of(NewPassword.PASSWORD_AGAIN, "The passwords do not match");
        }
    }

    /** Whether the typed password is the account's current one. */
    public boolean matches(String typed, String hash) {
        return typed != null && !typed.isEmpty() && encoder.matches(typed, hash);
    }
}
