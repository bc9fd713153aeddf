package uk.sexualsafety.cop.portal.charts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV files that open safely in spreadsheets: RFC 4180 (fields with a comma, a double quote or a line break are
 * quoted, double quotes doubled, lines end in CRLF), UTF-8 with a byte order mark so that Excel reads the encoding,
 * and protection against formula injection: a cell that a spreadsheet would take for a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or their full-width forms) gets a leading
 * apostrophe, so that it is shown as the text it is. Plain numbers such as {@code -3} are left as they are: a number
 * is no formula.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Csv() {
    }

    /** The rows as CSV text: RFC 4180 with CRLF after every line, cells protected against formula injection. */
    public static String format(List<? extends List<String>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n")
                .collect(Collectors.joining());
    }

    /** One row as a line of CSV, CRLF included, for writing a file a row at a time. */
    public static String line(List<String> row) {
        return row.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    /** The rows as the bytes of a CSV file: a UTF-8 byte order mark, then {@link #format(List)} in UTF-8. */
    public static byte[] bytes(List<? extends List<String>> rows) {
        byte[] text = format(rows).getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /** One cell: defused if a spreadsheet would run it, then quoted if RFC 4180 needs it. */
    static String field(String value) {
        String cell = defused(value == null ? "" : value);
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf('\n') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static String defused(String cell) {
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }
}
