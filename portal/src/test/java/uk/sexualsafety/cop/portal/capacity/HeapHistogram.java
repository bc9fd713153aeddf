package uk.sexualsafety.cop.portal.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code jcmd GC.class_histogram}: the live bytes by class, and their total. */
record HeapHistogram(Map<String, Long> bytesByClass, long totalBytes) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

    static HeapHistogram read(Path file) throws IOException {
        Map<String, Long> bytes = new HashMap<>();
        long total = -1;
        for (String line : Files.readAllLines(file)) {
            Matcher row = ROW.matcher(line);
            Matcher sum = TOTAL.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            } else if (sum.find()) {
                total = Long.parseLong(sum.group(1));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("no total in the heap histogram " + file);
        }
        return new HeapHistogram(bytes, total);
    }

    /** The classes whose live bytes grew most since the other histogram, biggest first, as lines of text. */
    List<String> growthSince(HeapHistogram before, int sessions, int limit) {
        return bytesByClass.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(),
                        entry.getValue() - before.bytesByClass().getOrDefault(entry.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(entry -> String.format("%10.1f kB per session  %s", entry.getValue() / 1024.0 / sessions,
                        entry.getKey()))
                .toList();
    }
}
