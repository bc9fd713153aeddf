package uk.sexualsafety.cop.search;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Remembers, beside the index, which version of the mapping wrote it. An index written by an earlier portal may hold
 * what this one never indexes (before decision 026, stories awaiting moderation and withdrawn ones), and nothing
 * filters it out any more: such an index must be rebuilt before it is trusted, not merely kept until an
 * administrator thinks of it.
 */
@Component
public class IndexFormat {

    /** Raise whenever a change means documents written before it must not stay in the index. */
    static final String CURRENT = "2: published content only (decision 026)";
    static final String MARKER_FILE = "portal-index-format";

    private final Path marker;

    @Autowired
    IndexFormat(SearchProperties properties) {
        this(Path.of(properties.indexDirectory()));
    }

    public IndexFormat(Path indexDirectory) {
        this.marker = indexDirectory.resolve(MARKER_FILE);
    }

    /** Whether the index was last written from empty by this version of the mapping. */
    public boolean isCurrent() {
        try {
            return Files.isRegularFile(marker) && CURRENT.equals(Files.readString(marker, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            // An unreadable marker proves nothing about the index, so the index is treated as stale.
            return false;
        }
    }

    /** Records that everything in the index was written by this version: after a rebuild, or while it is empty. */
    public void markCurrent() {
        try {
            Files.createDirectories(marker.getParent());
            Path written = Files.writeString(marker.resolveSibling(MARKER_FILE + ".new"), CURRENT,
                    StandardCharsets.UTF_8);
            Files.move(written, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record the search index's format in " + marker, e);
        }
    }
}
