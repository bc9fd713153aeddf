package uk.sexualsafety.cop.portal.assessment;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * An assessment as a Word document for a board: a heading per item (every Charter commitment among them), its level
 * with the descriptor, the trend against the period it started from, the evidence, and the actions as a table.
 * Text is set as text runs: nothing a lead typed is read as markup.
 */
final class BoardPaper {

    private static final DateTimeFormatter BRITISH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BoardPaper() {
    }

    /** @param earlierLevels the levels of the period this one started from, by item code (empty if none) */
    static byte[] write(AssessmentForEditing assessment, Map<String, Integer> earlierLevels) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "Title", "Sexual safety self-assessment " + assessment.period().label());
            paragraph(document, null, "Status: " + assessment.status().label() + ". Framework version "
                    + assessment.frameworkNumber() + ".");
            for (ItemForEditing item : assessment.items()) {
                paragraph(document, "Heading1", item.code() + " " + item.title());
                paragraph(document, null, item.level() == null ? "Level: not given."
                        : "Level " + item.level() + ": " + item.descriptor(item.level()));
                if (assessment.copiedFrom() != null) {
                    paragraph(document, null, trend(assessment.copiedFrom(), earlierLevels.get(item.code()),
                            item.level()));
                }
                paragraph(document, null, "Evidence: " + (item.evidence() == null ? "none given." : item.evidence()));
                if (!item.actions().isEmpty()) {
                    XWPFTable table = document.createTable(item.actions().size() + 1, 4);
                    String[] headings = {"Action", "Owner", "Due", "Status"};
                    for (int column = 0; column < headings.length; column++) {
                        table.getRow(0).getCell(column).setText(headings[column]);
                    }
                    for (int row = 0; row < item.actions().size(); row++) {
                        var action = item.actions().get(row);
                        table.getRow(row + 1).getCell(0).setText(action.what());
                        table.getRow(row + 1).getCell(1).setText(action.ownerRole());
                        table.getRow(row + 1).getCell(2).setText(action.dueOn().format(BRITISH_DATE));
                        table.getRow(row + 1).getCell(3).setText(action.status().label());
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The board paper could not be written", e);
        }
    }

    private static String trend(Period earlier, Integer before, Integer now) {
        if (before == null || now == null) {
            return "Trend against " + earlier.label() + ": cannot compare.";
        }
        int change = now - before;
        return "Trend against " + earlier.label() + ": " + (change == 0 ? "no change (level " + now + ")."
                : (change > 0 ? "up " : "down ") + Math.abs(change) + " from level " + before + ".");
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }
}
