package uk.sexualsafety.cop.portal.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sexual safety policy.pdf|Sexual safety policy.pdf",
            "C:\\Users\\someone\\Documents\\policy v2.docx|policy v2.docx",
            "../../etc/passwd|passwd",
            "'  spaced.odt  '|spaced.odt",
            "'..'|policy",
            "''|policy",
            "quote\"d.pdf|quoted.pdf"})
    void onlyTheNameItselfIsKept(String given, String kept) {
        assertThat(new UploadedFile(given, Path.of("upload"), 1).fileName()).isEqualTo(kept);
    }

    @org.junit.jupiter.api.Test
    void aVeryLongNameIsShortenedKeepingItsExtension() {
        String name = new UploadedFile("a".repeat(300) + ".docx", Path.of("upload"), 1).fileName();

        assertThat(name).hasSize(200).endsWith("aaa.docx");
    }

    @org.junit.jupiter.api.Test
    void controlCharactersAreDropped() {
        assertThat(new UploadedFile("po\u0000li\ncy\u0007.pdf", Path.of("upload"), 1).fileName()).isEqualTo("policy.pdf");
    }
}
