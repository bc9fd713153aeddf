package uk.sexualsafety.cop.portal.secondfactor;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts one-time code secrets with AES-256-GCM before they reach the database (decision 033). The account id is
 * authenticated with each secret, so a secret copied to another account's row does not decrypt; each stored value
 * names its key by a short fingerprint, so a portal started with another key says so instead of failing codes.
 */
final class SecretCipher {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    static final int KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The second-factor key must be " + KEY_BYTES + " bytes (256 bits), "
                    + "given as Base64");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = fingerprint(key);
    }

    String encrypt(long accountId, String secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, accountId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a second-factor secret", e);
        }
    }

    String decrypt(long accountId, String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("A second-factor secret is stored in a form this portal does not read");
        }
        if (!keyId.equals(parts[1])) {
            throw new IllegalStateException("A second-factor secret was encrypted with another key (" + parts[1]
                    + "); this portal's key is " + keyId + ": set the same portal.second-factor.encryption-key on "
                    + "every node");
        }
        byte[] bytes = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), accountId);
            byte[] secret = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(secret, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A second-factor secret failed its integrity check", e);
        }
    }

    String keyId() {
        return keyId;
    }

    private Cipher cipher(int mode, byte[] iv, long accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("account:" + accountId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
