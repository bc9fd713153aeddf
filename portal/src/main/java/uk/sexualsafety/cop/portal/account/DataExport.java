package uk.sexualsafety.cop.portal.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of someone's data, complete and ready to send: a ZIP in a temporary file that only exists while it is
 * being sent. Closing it deletes the file.
 */
public record DataExport(Path file, String fileName, long size) implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/zip";
    /** How the temporary files of copies being made or sent are named, in the system's temporary folder. */
    public static final String TEMPORARY_FILE_PREFIX = "portal-your-data-";

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
