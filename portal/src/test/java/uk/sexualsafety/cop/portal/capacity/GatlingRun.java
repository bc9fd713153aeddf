package uk.sexualsafety.cop.portal.capacity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The capacity-bench module's simulation in a JVM of its own, on that module's class path (Gatling's Netty, Jackson
 * and Scala libraries never meet Spring Boot's). Gatling's check for a newer release is answered in advance from a
 * preferences folder of the run's own, and its usage analytics are off: the only requests made are to the portal.
 */
final class GatlingRun {

    private static final String SIMULATION = "uk.sexualsafety.cop.bench.capacity.CapacitySimulation";
    private static final String GATLING_VERSION = "3.14.9";

    private final Path classPath;
    private final Path folder;
    private final Process process;

    private GatlingRun(Path classPath, Path folder, Process process) {
        this.classPath = classPath;
        this.folder = folder;
        this.process = process;
    }

    /** Starts the simulation with these settings ({@code capacity.*} system properties of the Gatling JVM). */
    static GatlingRun start(Path gatlingLib, Path folder, Map<String, String> settings) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("held"));
        Files.deleteIfExists(folder.resolve("release"));
        Files.deleteIfExists(folder.resolve("gatling-figures.json"));
        Path preferences = answerVersionCheck(folder.resolve("preferences"));
        List<String> command = new ArrayList<>(List.of(PortalProcess.java(), "-Xmx768m",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Djava.util.prefs.userRoot=" + preferences,
                "-Dgatling.data.enableAnalytics=false",
                "-Dcapacity.work-dir=" + folder));
        settings.forEach((name, value) -> command.add("-Dcapacity." + name + "=" + value));
        command.addAll(List.of("-cp", gatlingLib.resolve("*") + java.io.File.pathSeparator
                        + gatlingLib.resolveSibling("capacity-bench.jar"),
                "io.gatling.app.Gatling", "-s", SIMULATION, "-nr", "-rf", folder.resolve("results").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("gatling.log").toFile()).start();
        return new GatlingRun(gatlingLib, folder, process);
    }

    /** Whether every member is signed in and idle, waiting until then or the limit, or the run's end. */
    boolean awaitHeld(Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end) && process.isAlive()) {
            if (Files.exists(folder.resolve("held"))) {
                return true;
            }
            process.onExit().completeOnTimeout(null, 1, TimeUnit.SECONDS).join();
        }
        return Files.exists(folder.resolve("held"));
    }

    /** Lets the idle members go: the simulation ends. */
    void release() throws IOException {
        Files.writeString(folder.resolve("release"), "");
    }

    /** The simulation's own figures, once it has ended (or been stopped at the limit). */
    Path awaitFigures(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the simulation did not end within " + limit + ": see gatling.log in "
                    + folder + " (" + classPath + ")");
        }
        Path figures = folder.resolve("gatling-figures.json");
        if (!Files.exists(figures)) {
            throw new IllegalStateException("the simulation wrote no figures: see gatling.log in " + folder);
        }
        return figures;
    }

    /** Gatling asks Maven Central for its latest release at most once a while: this says it just did. */
    private static Path answerVersionCheck(Path root) throws IOException {
        Path node = root.resolve(".java/.userPrefs/io/gatling/latestVersion");
        Files.createDirectories(node);
        String now = String.valueOf(System.currentTimeMillis());
        Files.writeString(node.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                <entry key="lastCheckSuccess" value="%s"/>
                <entry key="lastCheckTimestamp" value="%s"/>
                <entry key="latestReleaseNumber" value="%s"/>
                </map>
                """.formatted(now, now, GATLING_VERSION));
        return root;
    }
}
