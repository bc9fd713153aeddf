package uk.sexualsafety.cop.portal.policy;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentLimits;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Where policy uploads wait between arriving and being saved (decision 036): each is streamed into a temporary file
 * of its own, counting, and refused as soon as it passes the size limit, whatever the browser claimed, so that no
 * upload is ever held in memory. A member holds at most {@link #PER_MEMBER} such files at once (in any number of tabs);
 * each is deleted when its form is left or saved, when the session ends, or when the portal stops.
 */
@Component
public class PolicyUploads {

    /** Uploads one member may hold at a time, received or arriving. */
    public static final int PER_MEMBER = 2;

    private static final Logger log = LoggerFactory.getLogger(PolicyUploads.class);
    private static final int BUFFER = 64 * 1024;

    private final LongSupplier currentMember;
    private final long maxBytes;
    private final Path directory;
    private final Map<Long, Integer> heldByMember = new ConcurrentHashMap<>();
    private final Map<Path, Long> owners = new ConcurrentHashMap<>();

    @Autowired
    PolicyUploads(CurrentUser currentUser, PolicyProperties properties) {
        this(() -> currentUser.require().accountId(), properties.maxFileSize().toBytes());
    }

    /** With the signed-in member's account id from {@code currentMember}. */
    PolicyUploads(LongSupplier currentMember, long maxBytes) {
        this.currentMember = currentMember;
        this.maxBytes = maxBytes;
        try {
            // Readable by this process's user only (the default for temporary files on POSIX systems).
            this.directory = Files.createTempDirectory("portal-policy-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for policy uploads", e);
        }
    }

    /** The uploads of this browser session, to keep in its servlet session as {@link SessionUploads#ATTRIBUTE}. */
    public SessionUploads newSessionUploads() {
        return new SessionUploads(this);
    }

    /**
     * Streams an upload of the signed-in member into a temporary file, stopping as soon as it passes the limit.
     *
     * @throws InvalidInputException on {@code file} when it is too large, or the member already holds
     *                               {@link #PER_MEMBER} uploads
     */
    public UploadedFile receive(SessionUploads session, String fileName, InputStream content) {
        long accountId = currentMember.getAsLong();
        if (!reserve(accountId)) {
            throw InvalidInputException.of(PolicyForm.FILE,
                    "You are already uploading " + PER_MEMBER + " files in other "
                    + "tabs or windows. Share them, or leave those forms, then choose this file again.");
        }
        Path file = null;
        try {
            file = Files.createTempFile(directory, "upload-", ".part");
            long size = copyAtMost(content, file);
            if (size > maxBytes) {
                throw InvalidInputException.of(PolicyForm.FILE,
                        "This file is more than " + DocumentLimits.describe(maxBytes)
                        + ", the largest file the library takes. Save the policy without large images, or as a "
                        + "PDF, and upload that.");
            }
            owners.put(file, accountId);
            session.add(file);
            return new UploadedFile(fileName, file, size);
        } catch (IOException e) {
            delete(file);
            release(accountId);
            throw new UncheckedIOException("An upload could not be stored", e);
        } catch (RuntimeException e) {
            delete(file);
            release(accountId);
            throw e;
        }
    }

    /** Deletes an upload that is no longer wanted: its form was left, it was replaced, or it was saved. */
    public void discard(SessionUploads session, UploadedFile upload) {
        if (upload != null && session.remove(upload.path())) {
            forget(upload.path());
        }
    }

    /** Deletes every upload of a session that has ended. */
    void discardAll(SessionUploads session) {
        for (Path file : session.files()) {
            if (session.remove(file)) {
                forget(file);
            }
        }
    }

    /** How many uploads the member holds now. */
    public int heldBy(long accountId) {
        return heldByMember.getOrDefault(accountId, 0);
    }

    /** Counts one more upload for the member, unless they hold as many as they may. */
    private boolean reserve(long accountId) {
        boolean[] reserved = {false};
        heldByMember.compute(accountId, (id, held) -> {
            int now = held == null ? 0 : held;
            if (now >= PER_MEMBER) {
                return held;
            }
            reserved[0] = true;
            return now + 1;
        });
        return reserved[0];
    }

    /** Reads at most one byte past the limit into the file: enough to know that it is too large. */
    private long copyAtMost(InputStream content, Path file) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (total <= maxBytes) {
                int read = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
                if (read == -1) {
                    break;
                }
                out.write(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }

    private void forget(Path file) {
        Long accountId = owners.remove(file);
        delete(file);
        if (accountId != null) {
            release(accountId);
        }
    }

    private void release(long accountId) {
        heldByMember.computeIfPresent(accountId, (id, held) -> held <= 1 ? null : held - 1);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("An upload's temporary file could not be deleted ({})", e.getClass().getName());
        }
    }

    /** Nothing of an upload outlives the portal's process. */
    @PreDestroy
    void deleteEverything() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(PolicyUploads::delete);
        } catch (IOException e) {
            log.warn("The uploads folder could not be emptied ({})", e.getClass().getName());
        }
    }
}
