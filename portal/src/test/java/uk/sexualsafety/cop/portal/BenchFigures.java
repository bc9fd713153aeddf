package uk.sexualsafety.cop.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the portal's benchmarks share: percentiles, figures as text, and a flat JSON file in {@code bench.dir}. */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** The value at {@code fraction} of sorted samples (nearest rank). */
    public static double percentile(double[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Writes {@code figures} (values already JSON) as one flat object to {@code bench.dir/name}. */
    public static void write(String name, Map<String, String> figures) throws IOException {
        Path folder = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), figures.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}\n")));
    }
}
