package uk.sexualsafety.cop.bench.capacity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the members measured, shared by them in the Gatling JVM: each round trip's time by step, each error with its
 * step, and the hand-over with the benchmark: {@code held} appears once every member is signed in and idle, and the
 * benchmark writes {@code release} once it has weighed the server. At the end, {@code gatling-figures.json}.
 */
final class Figures {

    private static final int ERRORS_LISTED = 20;

    private final Path directory;
    private final Map<String, List<Long>> millisByStep = new LinkedHashMap<>();
    private final Set<String> uidlSteps = ConcurrentHashMap.newKeySet();
    private final List<String> errors = new ArrayList<>();
    private final AtomicInteger held = new AtomicInteger();
    private volatile boolean released;

    Figures(Path directory) {
        this.directory = directory;
    }

    /** Steps that are UIDL requests (the others load a page, a new UI, or sign in). */
    void uidlStep(String step) {
        uidlSteps.add(step);
    }

    synchronized void roundTrip(String step, long millis) {
        millisByStep.computeIfAbsent(step, key -> new ArrayList<>()).add(millis);
    }

    synchronized void error(String step, String what) {
        errors.add(step + ": " + what);
    }

    void held(int members) {
        if (held.incrementAndGet() == members) {
            touch("held");
        }
    }

    boolean released() {
        if (!released && Files.exists(directory.resolve("release"))) {
            released = true;
        }
        return released;
    }

    synchronized void write() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode figures = json.createObjectNode();
        long[] all = millisByStep.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted()
                .toArray();
        long[] uidl = millisByStep.entrySet().stream()
                .filter(step -> uidlSteps.contains(step.getKey()))
                .flatMap(step -> step.getValue().stream()).mapToLong(Long::longValue).sorted().toArray();
        figures.put("requests", all.length + errors.size());
        figures.put("errors", errors.size());
        figures.put("members_held", held.get());
        figures.put("round_trip_p50_ms", percentile(all, 0.50));
        figures.put("round_trip_p95_ms", percentile(all, 0.95));
        figures.put("round_trip_p99_ms", percentile(all, 0.99));
        figures.put("round_trip_max_ms", all.length == 0 ? 0 : all[all.length - 1]);
        figures.put("uidl_p95_ms", percentile(uidl, 0.95));
        figures.put("uidl_p99_ms", percentile(uidl, 0.99));
        millisByStep.forEach((step, millis) -> figures.put("p95_" + step.replace(' ', '_') + "_ms",
                percentile(millis.stream().mapToLong(Long::longValue).sorted().toArray(), 0.95)));
        errors.stream().limit(ERRORS_LISTED).forEach(figures.putArray("first_errors")::add);
        try {
            Files.createDirectories(directory);
            json.writerWithDefaultPrettyPrinter().writeValue(directory.resolve("gatling-figures.json").toFile(),
                    figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void touch(String name) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
