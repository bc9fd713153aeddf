package uk.sexualsafety.cop.portal.casestudy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two versions side by side, field by field, in reading order: a field present in either version appears once,
 * marked when its text differs. Plain Java.
 */
final class CaseStudyComparison {

    private CaseStudyComparison() {
    }

    static List<FieldComparison> compare(List<ShownField> from, List<ShownField> to) {
        Map<String, ShownField> before = byKey(from);
        Map<String, ShownField> after = byKey(to);
        List<String> keys = new ArrayList<>(after.keySet());
        // A field only the older version has goes where it stood there: after the field that preceded it.
        String previous = null;
        for (ShownField field : from) {
            if (!after.containsKey(field.key())) {
                keys.add(previous == null ? 0 : keys.indexOf(previous) + 1, field.key());
            }
            previous = field.key();
        }
        var rows = new ArrayList<FieldComparison>(keys.size());
        for (String key : keys) {
            ShownField old = before.get(key);
            ShownField now = after.get(key);
            String label = (now != null ? now : old).label();
            String oldText = old == null ? "" : old.asText();
            String newText = now == null ? "" : now.asText();
            rows.add(new FieldComparison(key, label, oldText, newText, !oldText.equals(newText)));
        }
        return rows;
    }

    private static Map<String, ShownField> byKey(List<ShownField> fields) {
        var map = new LinkedHashMap<String, ShownField>();
        fields.forEach(field -> map.put(field.key(), field));
        return map;
    }
}
