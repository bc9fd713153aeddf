package uk.sexualsafety.cop.portal.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The copies of someone's data being made or sent, by their temporary files: none may outlive a failure. */
public final class TemporaryExports {

    private TemporaryExports() {
    }

    public static List<Path> inTemporaryFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith(DataExport.TEMPORARY_FILE_PREFIX))
                    .sorted().toList();
        }
    }
}
