package uk.sexualsafety.cop.portal.demo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentExtractor;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentFormat;
import uk.sexualsafety.cop.portal.policy.extraction.DocumentLimits;
import uk.sexualsafety.cop.portal.policy.extraction.ExtractedDocument;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's files pass the library's own checks, so that a demo start-up never fails on them. */
class DemoDocumentsTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(DocumentLimits.defaults());

    /** Long enough to wrap across lines and run onto a second page. */
    private static final List<String> PARAGRAPHS = IntStream.range(0, 12)
            .mapToObj(p -> "Paragraph " + p + " " + String.join(" ", Collections.nCopies(60, "safety")))
            .toList();

    @AfterAll
    static void stop() {
        EXTRACTOR.close();
    }

    @Test
    void aDemoPdfWrapsItsLinesOverPagesAndReadsBackWhole() {
        ExtractedDocument document = EXTRACTOR.extract(DemoDocuments.pdf("A demo policy", PARAGRAPHS));

        assertThat(document.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(document.text()).startsWith("A demo policy").contains("Paragraph 11 safety");
        assertThat(document.text().split("safety", -1)).hasSize(12 * 60 + 1);
    }

    @Test
    void aDemoWordDocumentReadsBackParagraphByParagraph() {
        ExtractedDocument document = EXTRACTOR.extract(DemoDocuments.docx("A demo policy", PARAGRAPHS));

        assertThat(document.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(document.text().split("\n\n")).hasSize(13).startsWith("A demo policy");
    }
}
