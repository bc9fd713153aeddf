package uk.sexualsafety.cop.portal.secondfactor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeCodesTest {

    /** RFC 6238's SHA-1 test secret ("12345678901234567890") in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final OneTimeCodes codes = new OneTimeCodes();

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037"})
    void codesAreThoseOfRfc6238SixDigitsSha1(long epochSecond, String expected) {
        assertThat(codes.code(RFC_SECRET, OneTimeCodes.step(Instant.ofEpochSecond(epochSecond))))
                .isEqualTo(expected);
    }

    @Test
    void aCodeOfNowOrOneStepEitherSideIsAcceptedWithItsStep() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = OneTimeCodes.step(now);

        assertThat(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, step), now)).hasValue(step);
        assertThat(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(codes.matchingStep(RFC_SECRET, codes.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void spacesPeopleTypeBetweenDigitsAreForgiven() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(codes.matchingStep(RFC_SECRET, " 287 082 ", now)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "28708x", "ABCD-EFGH-JKMN-PQRS"})
    void textThatIsNotSixDigitsIsNoCode(String typed) {
        assertThat(OneTimeCodes.looksLikeCode(typed)).isFalse();
        assertThat(codes.matchingStep(RFC_SECRET, typed, Instant.ofEpochSecond(59))).isEmpty();
    }

    @Test
    void nullIsNoCode() {
        assertThat(OneTimeCodes.looksLikeCode(null)).isFalse();
    }

    @Test
    void newSecretsAre160RandomBitsInBase32() {
        String first = codes.newSecret();
        assertThat(first).hasSize(32).matches("[A-Z2-7]{32}");
        assertThat(codes.newSecret()).isNotEqualTo(first);
    }

    @Test
    void theAppAddressNamesTheIssuerAndAccountAndCarriesTheSecret() {
        String address = OneTimeCodes.appAddress("Sexual Safety CoP", "moderator@demo.nhs.net", RFC_SECRET);

        assertThat(address).startsWith("otpauth://totp/")
                .contains("secret=" + RFC_SECRET)
                .contains("issuer=Sexual")
                .contains("digits=6")
                .contains("period=30")
                .contains("algorithm=SHA1");
    }
}
