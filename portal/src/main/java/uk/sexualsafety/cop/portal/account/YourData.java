package uk.sexualsafety.cop.portal.account;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.sexualsafety.cop.portal.audit.AuditTrail;
import uk.sexualsafety.cop.portal.security.CurrentUser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Download my data" (UK GDPR right of access): everything the portal holds about the signed-in person, and only
 * theirs, whatever the caller asks: the account comes from the sign-in, never from a parameter.
 *
 * <p>The ZIP is written to a temporary file inside one read-only transaction (one consistent snapshot of the
 * database), audited, and only then offered: a database that fails half-way leaves nothing half-written to
 * download, and the ZIP is never held in memory (decision 028).
 */
@Service
@PermitAll
public class YourData {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PersonalDataWriter writer;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate write;
    private final Clock clock;

    YourData(PersonalDataWriter writer, CurrentUser currentUser, AuditTrail audit,
             PlatformTransactionManager transactions, Clock clock) {
        this.writer = writer;
        this.currentUser = currentUser;
        this.audit = audit;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.write = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Writes the signed-in person's data to a temporary ZIP; the caller sends it and closes it. Throws, and leaves
     * no file behind, if the database fails before the ZIP is complete.
     */
    public DataExport export() {
        long accountId = currentUser.require().accountId();
        Path file = temporaryFile();
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                snapshot.executeWithoutResult(status -> writer.write(accountId, out));
            }
            write.executeWithoutResult(status -> audit.record("PERSONAL_DATA_EXPORTED", "account", accountId, null));
            return new DataExport(file, "your-data-" + LocalDate.now(clock.withZone(UK)) + ".zip", Files.size(file));
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(file);
            if (failure instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) failure;
        }
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile(DataExport.TEMPORARY_FILE_PREFIX, ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The temporary folder is cleaned by the system; the failure that brought us here matters more.
        }
    }
}
