package uk.sexualsafety.cop.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IndexFormatTest {

    @TempDir
    Path indexDirectory;

    @Test
    void anIndexWithNoRecordOfItsFormatIsNotTrusted() {
        assertThat(new IndexFormat(indexDirectory).isCurrent()).isFalse();
    }

    @Test
    void anIndexRecordedByThisVersionIsCurrentForTheNextStart() {
        new IndexFormat(indexDirectory).markCurrent();

        assertThat(new IndexFormat(indexDirectory).isCurrent()).isTrue();
    }

    @Test
    void anIndexRecordedByAnEarlierVersionIsNotCurrent() throws Exception {
        Files.writeString(indexDirectory.resolve(IndexFormatFile.MARKER_FILE), "1: every story, whatever its state");

        assertThat(new IndexFormat(indexDirectory).isCurrent()).isFalse();
    }

    @Test
    void theRecordIsWrittenWhereTheIndexWillBeEvenBeforeTheFolderExists() {
        Path notYetCreated = indexDirectory.resolve("data").resolve("index");

        new IndexFormat(notYetCreated).markCurrent();

        assertThat(new IndexFormat(notYetCreated).isCurrent()).isTrue();
    }
}
