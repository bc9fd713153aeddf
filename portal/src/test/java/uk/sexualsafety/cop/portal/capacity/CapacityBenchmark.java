package uk.sexualsafety.cop.portal.capacity;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many members one portal node holds (decision 044). Starts the portal in a process of its own on the loopback
 * address, with the demo content and generated members, and drives them with the capacity-bench module's Gatling
 * simulation in another JVM: each signs in, searches, opens a case study, reads a story behind its content warning
 * and posts a comment, with think times, in Vaadin's UIDL protocol over HTTP, and then stays signed in. A few members
 * first warm the portal up; its live heap after a full collection is weighed then (the baseline) and again while
 * every member is signed in, and the difference divided by the members is a session's cost. Writes
 * {@code capacity.json} to {@code bench.dir}; the targets on 2 cores are 300 sessions with a round-trip p95 of at most
 * 150 ms, no errors and at most 1,024 kB per session, reported as {@code target_met} rather than failing the build.
 * {@code ./mvnw -Pbench verify -pl portal -am -Dtest=CapacityBenchmark}, with {@code -Dbench.capacity.sessions=20}
 * and the other {@code bench.capacity.*} properties below for a smaller run.
 */
@Tag("bench")
class CapacityBenchmark {

    private static final int TARGET_SESSIONS = 300;
    private static final double TARGET_P95_MS = 150;
    private static final double TARGET_KB_PER_SESSION = 1024;

    private final int sessions = Integer.getInteger("bench.capacity.sessions", TARGET_SESSIONS);
    private final int warmUp = Integer.getInteger("bench.capacity.warm-up", 5);
    private final int rampSeconds = Integer.getInteger("bench.capacity.ramp-seconds", Math.max(5, sessions / 5));
    private final int thinkMinMs = Integer.getInteger("bench.capacity.think-min-ms", 2_000);
    private final int thinkMaxMs = Integer.getInteger("bench.capacity.think-max-ms", 5_000);
    private final int timeLimitSeconds = Integer.getInteger("bench.capacity.time-limit-seconds", 900);
    private final String serverHeap = System.getProperty("bench.capacity.server-heap", "2g");
    private final Path folder = Path.of(System.getProperty("bench.dir", "target/bench"));
    private final Path work = folder.resolve("capacity");

    @Test
    void holdsManyMembersOnOneNode() throws Exception {
        clean(work);
        Map<String, Object> figures = new LinkedHashMap<>();
        try (PortalProcess portal = PortalProcess.start(Path.of(System.getProperty("capacity.portal.classes",
                        "target/classes")), Path.of(System.getProperty("capacity.portal.class-path",
                        "target/bench/portal-runtime.classpath")), work.resolve("node"), serverHeap)) {
            BenchMembers.create(portal.jdbcUrl(), warmUp + sessions);
            Map<String, String> reading = Map.of("base-url", portal.baseUrl(),
                    "password", BenchMembers.PASSWORD,
                    "case-study", String.valueOf(BenchMembers.caseStudy(portal.jdbcUrl())),
                    "story", String.valueOf(BenchMembers.storyBehindAWarning(portal.jdbcUrl())),
                    "think-min-ms", String.valueOf(thinkMinMs),
                    "think-max-ms", String.valueOf(thinkMaxMs));
            Path gatlingLib = Path.of(System.getProperty("capacity.gatling.lib", "../capacity-bench/target/lib"));

            GatlingRun warming = GatlingRun.start(gatlingLib, work.resolve("warm-up"), settings(reading, warmUp, 0, 1,
                    0));
            JsonNode warmed = read(warming.awaitFigures(Duration.ofSeconds(timeLimitSeconds)));
            HeapHistogram baseline = weigh(portal, "heap-baseline.txt");

            GatlingRun run = GatlingRun.start(gatlingLib, work.resolve("members"), settings(reading, sessions, warmUp,
                    rampSeconds, timeLimitSeconds));
            boolean held = run.awaitHeld(Duration.ofSeconds(timeLimitSeconds));
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            HeapHistogram loaded = weigh(portal, "heap-loaded.txt");
            run.release();
            JsonNode measured = read(run.awaitFigures(Duration.ofSeconds(timeLimitSeconds)));

            Files.write(work.resolve("heap-growth.txt"), loaded.growthSince(baseline, sessions, 40));
            double perSessionKb = (loaded.totalBytes() - baseline.totalBytes()) / 1024.0 / sessions;
            int errors = measured.path("errors").asInt() + warmed.path("errors").asInt();
            figures.put("sessions", sessions);
            figures.put("members_held", measured.path("members_held").asInt());
            figures.put("round_trip_p95_ms", measured.path("round_trip_p95_ms").asLong());
            figures.put("round_trip_p99_ms", measured.path("round_trip_p99_ms").asLong());
            figures.put("errors", errors);
            figures.put("heap_per_session_kb", Math.round(perSessionKb));
            figures.put("round_trip_p50_ms", measured.path("round_trip_p50_ms").asLong());
            figures.put("round_trip_max_ms", measured.path("round_trip_max_ms").asLong());
            figures.put("uidl_p95_ms", measured.path("uidl_p95_ms").asLong());
            figures.put("uidl_p99_ms", measured.path("uidl_p99_ms").asLong());
            measured.properties().stream().filter(entry -> entry.getKey().startsWith("p95_"))
                    .forEach(entry -> figures.put(entry.getKey(), entry.getValue().asLong()));
            figures.put("requests", measured.path("requests").asInt());
            figures.put("warm_up_members", warmUp);
            figures.put("ramp_seconds", rampSeconds);
            figures.put("think_ms", thinkMinMs + "-" + thinkMaxMs);
            figures.put("heap_baseline_mb", Math.round(baseline.totalBytes() / 1024.0 / 1024.0));
            figures.put("heap_loaded_mb", Math.round(loaded.totalBytes() / 1024.0 / 1024.0));
            figures.put("server_max_heap", serverHeap);
            figures.put("nodes", 1);
            figures.put("load_average_1m", Math.round(load * 100) / 100.0);
            figures.put("target_sessions", TARGET_SESSIONS);
            figures.put("target_p95_ms", TARGET_P95_MS);
            figures.put("target_heap_per_session_kb", TARGET_KB_PER_SESSION);
            figures.put("target_met", held && sessions >= TARGET_SESSIONS && errors == 0
                    && measured.path("round_trip_p95_ms").asLong() <= TARGET_P95_MS
                    && perSessionKb <= TARGET_KB_PER_SESSION);
            assertThat(held).as("every member signed in and idle at once").isTrue();
        } finally {
            if (!figures.isEmpty()) {
                Files.createDirectories(folder);
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                        .writeValue(folder.resolve("capacity.json").toFile(), figures);
            }
        }
    }

    private Map<String, String> settings(Map<String, String> reading, int members, int firstMember, int ramp,
                                         int holdSeconds) {
        Map<String, String> settings = new LinkedHashMap<>(reading);
        settings.put("members", String.valueOf(members));
        settings.put("first-member", String.valueOf(firstMember));
        settings.put("ramp-seconds", String.valueOf(ramp));
        settings.put("hold-seconds", String.valueOf(holdSeconds));
        settings.put("time-limit-seconds", String.valueOf(timeLimitSeconds));
        return settings;
    }

    private HeapHistogram weigh(PortalProcess portal, String name) throws IOException, InterruptedException {
        Path histogram = work.resolve(name);
        portal.liveHeapBytes(histogram);
        return HeapHistogram.read(histogram);
    }

    private static JsonNode read(Path figures) {
        return JsonMapper.builder().build().readTree(figures.toFile());
    }

    /** Each run starts from an empty database, so that the demo content is loaded as on a new installation. */
    private static void clean(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
