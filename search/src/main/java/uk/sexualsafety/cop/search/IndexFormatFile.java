package uk.sexualsafety.cop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The format of a node's own Lucene index, in a file beside it: deleting the folder deletes the record too. */
final class IndexFormatFile implements IndexFormat.Record {

    static final String MARKER_FILE = "portal-index-format";

    private final Path marker;

    IndexFormatFile(Path indexDirectory) {
        this.marker = indexDirectory.resolve(MARKER_FILE);
    }

    @Override
    public Optional<String> read() {
        try {
            return Files.isRegularFile(marker)
                    ? Optional.of(Files.readString(marker, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException unreadable) {
            // An unreadable marker proves nothing about the index, so the index is treated as stale.
            return Optional.empty();
        }
    }

    @Override
    public void write(String format) {
        try {
            Files.createDirectories(marker.getParent());
            Path written = Files.writeString(marker.resolveSibling(MARKER_FILE + ".new"), format,
                    StandardCharsets.UTF_8);
            Files.move(written, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the search index's format in " + marker, e);
        }
    }
}
