package uk.sexualsafety.cop.portal.charts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain text    | plain text",
            "12            | 12",
            "fewer than 5  | fewer than 5",
            "a,b           | ~\"a,b\"~",
            "say \"hello\" | ~\"say \"\"hello\"\"\"~",
            "~~            | ~~"})
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt(String value, String written) {
        assertThat(Csv.field(value)).isEqualTo(written);
    }

    @Test
    void lineBreaksInAFieldAreQuotedAndLinesEndInCrLf() {
        assertThat(Csv.format(List.of(List.of("a", "two\nlines"), List.of("b", "c\r\nd"))))
                .isEqualTo("a,\"two\nlines\"\r\nb,\"c\r\nd\"\r\n");
    }

    @ParameterizedTest(name = "[{0}] gets an apostrophe")
    @ValueSource(strings = {"=1+1", "+1", "-1+2", "-cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1", "\r=1", "＝1+1",
            "=HYPERLINK(\"http://example.invalid\",\"x\")"})
    void cellsThatASpreadsheetWouldRunAreDefused(String value) {
        String written = Csv.field(value);

        assertThat(written.startsWith("'") || written.startsWith("\"'")).as(written).isTrue();
    }

    @Test
    void aDefusedCellIsStillQuotedAsRfc4180Says() {
        assertThat(Csv.field("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(Csv.field("=1,2")).isEqualTo("\"'=1,2\"");
    }

    @ParameterizedTest(name = "[{0}] is left as it is")
    @ValueSource(strings = {"-3", "-0.5", "5", "a=b", "a-b", " =1", ""})
    void numbersAndCellsThatDoNotStartAFormulaAreLeftAlone(String value) {
        assertThat(Csv.field(value)).isEqualTo(value);
    }

    @Test
    void theFileIsUtf8WithAByteOrderMarkForExcel() {
        byte[] file = Csv.bytes(List.of(List.of("Région", "Ambulance – North"), List.of("Zoë", "3")));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Région,Ambulance – North\r\nZoë,3\r\n");
    }

    @Test
    void aMissingCellIsEmpty() {
        assertThat(Csv.format(List.of(Arrays.asList("a", null, "c")))).isEqualTo("a,,c\r\n");
    }
}
