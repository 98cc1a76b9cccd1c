package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a Java main class of this jar in a child JVM with a given heap, as a user would run the command, and
 * measures its wall time and peak resident memory (VmHWM from {@code /proc}, on Linux).
 */
final class ChildJvm {
    /** What one run took. */
    record Run(int exitCode, double seconds, long peakRssKb, Path log) {
        String peakRss() {
            return peakRssKb <= 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f MB", peakRssKb / 1024.0);
        }
    }

    private final String heap;
    private final Path logs;
    private final Map<String, String> env;
    private int runs;

    ChildJvm(String heap, Path logs, Map<String, String> env) {
        this.heap = heap;
        this.logs = logs;
        this.env = env;
    }

    Run cadregraph(String... args) throws IOException, InterruptedException {
        return run("org.w3id.cadregraph.cli.CadregraphCommand", args);
    }

    Run run(String mainClass, String... args) throws IOException, InterruptedException {
        return waitFor(start(mainClass, args));
    }

    Process start(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path log = logs.resolve(String.format("%02d-%s.log", ++runs, mainClass.replaceAll(".*\\.", "")));
        Files.writeString(log, String.join(" ", command) + "\n");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        lastLog = log;
        return pb.start();
    }

    private Path lastLog;

    Run waitFor(Process p) throws InterruptedException {
        long started = System.nanoTime();
        long peak = 0;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (p.isAlive()) {
            peak = Math.max(peak, vmHwm(status));
            p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return new Run(p.exitValue(), (System.nanoTime() - started) / 1e9, peak, lastLog);
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two polls, or this is not Linux
        }
        return 0;
    }
}
