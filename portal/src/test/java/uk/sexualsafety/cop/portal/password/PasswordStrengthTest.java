package uk.sexualsafety.cop.portal.password;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordStrengthTest {

    private static final List<String> PRIYA = List.of("Priya Shah", "priya.shah@swast.nhs.uk");

    private final PasswordStrength strength = new PasswordStrength();

    @ParameterizedTest
    @ValueSource(strings = {"kettle harbour lantern", "correct horse battery", "xk7#pQ9!mZ2w",
            "moorland teapot cinema", "Émile's croissant garage"})
    void longUnguessablePasswordsAreAcceptedWhateverTheyAreMadeOf(String password) {
        assertThat(strength.problem(password, PRIYA)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            password1234       | it is, or contains, one of the most used passwords. Add another word or two: uncommon words are better.
            P@ssw0rd12345      | it is, or contains, a very common password. Add another word or two: uncommon words are better. Swapping letters for look-alike symbols, such as '@' for 'a', does not help much. Capital letters do not help much.
            aaaaaaaaaaaaaa     | repeated characters like "aaa" are easy to guess. Avoid repeated words and characters. Add another word or two: uncommon words are better.
            priyashah2024!     | it contains your name, your email address or the name of this site. Leave out your name and email address.
            community-of-practice | it contains your name, your email address or the name of this site. Leave out your name and email address.
            """)
    void guessablePasswordsAreRefusedWithTheReasonInPlainEnglish(String password, String reason) {
        assertThat(strength.problem(password, PRIYA)).hasValue("This password would be too easy to guess: " + reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"priya.shah@swast.nhs.uk", "PriyaShahPriyaShah", "shah-priya-shah!"})
    void aPasswordMadeOfThePersonsOwnNameOrAddressIsRefused(String password) {
        assertThat(strength.problem(password, PRIYA)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("This password would be too easy to guess"));
        assertThat(strength.problem(password, List.of())).as("someone else may use it").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null                | Choose a password
            ''                  | Choose a password
            kettle harb         | Use at least 12 characters: three random words make a strong password that is easy to remember
            🐝🐝🐝🐝🐝🐝🐝🐝🐝🐝🐝   | Use at least 12 characters: three random words make a strong password that is easy to remember
            """)
    void aPasswordOfFewerThanTwelveCharactersIsRefused(String password, String reason) {
        assertThat(strength.problem(password, PRIYA)).hasValue(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            65 | a | Use no more than 64 characters
            64 | a | ''
            24 | é | ''
            """)
    void aPasswordMayBeAsLongAsBcryptCanHold(int length, String letter, String reason) {
        // Random-looking text of the given length: long enough, never guessable.
        var password = new StringBuilder();
        String alphabet = letter + "qzxjvkwbpfm";
        for (int i = 0; i < length; i++) {
            password.append(alphabet.charAt((i * 7 + i / 3) % alphabet.length()));
        }
        assertThat(strength.problem(password.toString(), PRIYA).orElse("")).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            éàüöñçøåîôêûëïâèùœæéàüöñçøåîôêûëïâèùœ | This password is too long to store safely: use fewer accented letters, symbols or emoji, or fewer characters
            éàüöñçøåîôêûëïâèùœæéàüöñçøåîôêûëïâè  | ''
            """)
    void accentedLettersCountTwiceTowardsWhatBcryptCanHold(String password, String reason) {
        assertThat(strength.problem(password, PRIYA).orElse("")).isEqualTo(reason);
    }
}
