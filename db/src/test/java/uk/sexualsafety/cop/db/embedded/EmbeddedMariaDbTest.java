package uk.sexualsafety.cop.db.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbTest {

    @Test
    void aDataFolderUnderTheTemporaryFolderIsNamedSoThatItIsNotWipedAtTheNextStart() {
        Path underTemporary = Path.of(System.getProperty("java.io.tmpdir"), "clone", "data", "mariadb");

        String given = EmbeddedMariaDb.keptAcrossStarts(underTemporary).getAbsolutePath();

        assertThat(given).doesNotStartWith(System.getProperty("java.io.tmpdir"));
        assertThat(Path.of(given).normalize()).isEqualTo(underTemporary);
    }

    @Test
    void otherFoldersAreGivenAsTheyAre() {
        Path elsewhere = Path.of("/srv/portal/data/mariadb");

        assertThat(EmbeddedMariaDb.keptAcrossStarts(elsewhere).toPath()).isEqualTo(elsewhere);
    }
}
