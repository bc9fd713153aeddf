package uk.sexualsafety.cop.portal.demo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo's policies as real files at start-up, a heading and paragraphs each: PDFs with PDFBox (wrapping
 * lines to the page) and Word documents with POI, so that the demo library holds files to download and read.
 */
final class DemoDocuments {

    private static final float MARGIN = 64;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 15;

    private DemoDocuments() {
    }

    static byte[] pdf(String heading, List<String> paragraphs) {
        PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(document);
            writer.paragraph(List.of(heading), bold, 15);
            for (String paragraph : paragraphs) {
                writer.paragraph(wrap(paragraph, body, FONT_SIZE, PDRectangle.A4.getWidth() - 2 * MARGIN), body,
                        FONT_SIZE);
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String heading, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(15);
            run.setText(heading);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lays lines down the page, starting a new page when one is full; a gap between paragraphs. */
    private static final class PdfWriter {

        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void paragraph(List<String> lines, PDType1Font font, float size) throws IOException {
            for (String line : lines) {
                if (y < MARGIN) {
                    content.close();
                    newPage();
                }
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
                y -= LEADING;
            }
            y -= LEADING;
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
