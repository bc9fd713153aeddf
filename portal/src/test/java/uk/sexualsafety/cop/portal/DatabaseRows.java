package uk.sexualsafety.cop.portal;

import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every row of every table the database lists in {@code information_schema}, so that a table added later is read
 * too: for tests that prove a value is stored nowhere.
 */
public final class DatabaseRows {

    private final JdbcTemplate jdbc;

    public DatabaseRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, table by table. */
    public Map<String, List<Map<String, Object>>> all() {
        var rows = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where "
                + "table_schema = database() and table_type = 'BASE TABLE' order by table_name", String.class)) {
            rows.put(table, jdbc.queryForList("select * from `" + table + "`"));
        }
        return rows;
    }

    /** Calls {@code cell} with "table.column" and each value, as text, that contains {@code text} in any case. */
    public static void findIn(Map<String, List<Map<String, Object>>> rows, String text,
                              BiConsumer<String, String> cell) {
        String wanted = text.toLowerCase();
        rows.forEach((table, inTable) -> inTable.forEach(row -> row.forEach((column, value) -> {
            String shown = shown(value);
            if (shown.toLowerCase().contains(wanted)) {
                cell.accept(table + "." + column, shown);
            }
        })));
    }

    /** A value as text; bytes both as hex and as characters, so that text inside a serialised value is seen. */
    public static String shown(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes) + " " + new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value);
    }
}
