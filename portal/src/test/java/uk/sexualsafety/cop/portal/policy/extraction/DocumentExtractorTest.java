package uk.sexualsafety.cop.portal.policy.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.docx;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.odt;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.ownerRestrictedPdf;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.paragraphs;
import static uk.sexualsafety.cop.portal.policy.TestDocuments.pdf;

/** The text of PDF, Word and OpenDocument files the test makes, as paragraphs of plain text. */
class DocumentExtractorTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(DocumentLimits.defaults());

    private static final String[] POLICY = {
            "Sexual safety policy",
            "Everyone has the right to feel safe at work.",
            "Report a concern to your manager or a Freedom to Speak Up guardian."};

    @AfterAll
    static void stopThePool() {
        EXTRACTOR.close();
    }

    enum Made {
        PDF(DocumentFormat.PDF), DOCX(DocumentFormat.DOCX), ODT(DocumentFormat.ODT);

        final DocumentFormat format;

        Made(DocumentFormat format) {
            this.format = format;
        }

        byte[] file(String... paragraphs) {
            return switch (this) {
                case PDF -> pdf(paragraphs);
                case DOCX -> docx(paragraphs);
                case ODT -> odt(paragraphs);
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Made.class)
    void eachFormatGivesItsParagraphsAsPlainText(Made made) {
        ExtractedDocument document = EXTRACTOR.extract(made.file(POLICY));

        assertThat(document.format()).isEqualTo(made.format);
        assertThat(document.truncated()).isFalse();
        assertThat(document.text().split("\n\n")).containsExactly(POLICY);
    }

    @ParameterizedTest
    @EnumSource(Made.class)
    void markupInTheTextStaysText(Made made) {
        ExtractedDocument document = EXTRACTOR.extract(made.file("Use <b>bold</b> & <script>x()</script> here."));

        assertThat(document.text()).isEqualTo("Use <b>bold</b> & <script>x()</script> here.");
    }

    @ParameterizedTest
    @EnumSource(Made.class)
    void textBeyondTheCharacterLimitIsNotKeptAndTheDocumentSaysSo(Made made) {
        try (DocumentExtractor small = new DocumentExtractor(DocumentLimits.defaults().withMaxCharacters(200))) {
            ExtractedDocument document = small.extract(made.file(paragraphs(20, 8).toArray(String[]::new)));

            assertThat(document.truncated()).isTrue();
            assertThat(document.text()).hasSizeLessThanOrEqualTo(200).startsWith("word0 word0");
        }
    }

    @Test
    void aPdfWithAnOwnerPasswordButNoneToOpenItIsRead() {
        ExtractedDocument document = EXTRACTOR.extract(ownerRestrictedPdf("Published with editing restricted."));

        assertThat(document.text()).isEqualTo("Published with editing restricted.");
    }

    @Test
    void whiteSpaceIsTidiedWithinParagraphs() {
        ExtractedDocument document = EXTRACTOR.extract(docx("  Spaces\tand   tabs  ", "", "Next"));

        assertThat(document.text()).isEqualTo("Spaces and tabs\n\nNext");
    }

    @Test
    void theFileNameIsNeverAskedFor() {
        // The extractor takes only content, the bytes or the upload's temporary file: what a file is called cannot
        // change what it is taken to be.
        assertThat(List.of(DocumentExtractor.class.getMethods()))
                .filteredOn(method -> method.getName().equals("extract"))
                .hasSize(2)
                .allSatisfy(method -> assertThat(method.getParameterTypes()).singleElement()
                        .isIn(byte[].class, java.nio.file.Path.class));
    }
}
