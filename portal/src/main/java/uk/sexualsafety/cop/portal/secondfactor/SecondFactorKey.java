package uk.sexualsafety.cop.portal.secondfactor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sexualsafety.cop.portal.security.SecondFactorProperties;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts one-time code secrets: {@code portal.second-factor.encryption-key} when set (required when
 * several nodes share a database), otherwise a key made once and kept, readable by the portal's user only, in
 * {@code portal.second-factor.key-file} beside the embedded database's data.
 */
final class SecondFactorKey {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorKey.class);

    private SecondFactorKey() {
    }

    static byte[] from(SecondFactorProperties properties) {
        if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
            return decode(properties.encryptionKey(), "portal.second-factor.encryption-key");
        }
        Path file = properties.keyFile();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the second-factor key file " + file
                    + ": set portal.second-factor.encryption-key instead", e);
        }
    }

    /** A key for one other purpose, from which neither this key nor another purpose's key can be worked out. */
    static byte[] derived(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("sexual-safety-portal: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        try {
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            log.warn("Made a new key for second-factor secrets in {}. Nodes that share a database must share one "
                    + "key: set portal.second-factor.encryption-key on each of them.", file);
        } catch (FileAlreadyExistsException anotherStartMadeIt) {
            // Another process made it first: use theirs.
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " must hold a Base64 key of 32 bytes", e);
        }
    }
}
