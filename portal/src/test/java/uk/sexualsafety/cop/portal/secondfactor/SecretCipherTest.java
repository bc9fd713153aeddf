package uk.sexualsafety.cop.portal.secondfactor;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final SecretCipher cipher = new SecretCipher(key(1));

    @Test
    void aSecretIsStoredEncryptedAndReadBack() {
        String stored = cipher.encrypt(42, SECRET);

        assertThat(stored).doesNotContain(SECRET).startsWith("v1:" + cipher.keyId() + ":");
        assertThat(cipher.decrypt(42, stored)).isEqualTo(SECRET);
    }

    @Test
    void theSameSecretEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt(42, SECRET)).isNotEqualTo(cipher.encrypt(42, SECRET));
    }

    @Test
    void aSecretCopiedToAnotherAccountDoesNotDecrypt() {
        String stored = cipher.encrypt(42, SECRET);

        assertThatThrownBy(() -> cipher.decrypt(43, stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void aPortalWithAnotherKeySaysSoInsteadOfFailingEveryCode() {
        String stored = cipher.encrypt(42, SECRET);

        assertThatThrownBy(() -> new SecretCipher(key(2)).decrypt(42, stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another key");
    }

    @Test
    void aTamperedValueIsRefused() {
        String stored = cipher.encrypt(42, SECRET);
        char last = stored.charAt(stored.length() - 3);
        String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A')
                + stored.substring(stored.length() - 2);

        assertThatThrownBy(() -> cipher.decrypt(42, tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyMustBe256Bits() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void theSecretNeverShowsInAnEnrolmentsText() {
        assertThat(new Enrolment(SECRET, "otpauth://totp/x?secret=" + SECRET).toString()).doesNotContain(SECRET);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
