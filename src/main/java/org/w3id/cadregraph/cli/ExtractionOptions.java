package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.w3id.cadregraph.pipeline.BatchOptions;
import org.w3id.cadregraph.pipeline.ReportFiles;
import picocli.CommandLine.Option;

/** The options of every command that extracts reports: workers, time bound, progress bar. */
public final class ExtractionOptions {
    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Extraction workers, and the threads that decide identity in extract and a build into a new store "
                    + "(default: the available cores, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Abandon and reject a report still running after this long (default: ${DEFAULT-VALUE}).")
    private long reportTimeoutSeconds;

    @Option(names = "--no-progress", description = "No progress bar.")
    private boolean noProgress;

    BatchOptions batchOptions() {
        if (threads < 1) {
            throw new UserException(ExitCodes.USAGE, "--threads must be at least 1");
        }
        if (reportTimeoutSeconds < 1) {
            throw new UserException(ExitCodes.USAGE, "--report-timeout must be at least 1 second");
        }
        return new BatchOptions(threads, Duration.ofSeconds(reportTimeoutSeconds), !noProgress, false, false);
    }

    boolean progress() {
        return !noProgress;
    }

    /**
     * The extraction time written into each graph: now, or {@code SOURCE_DATE_EPOCH} when set (the
     * reproducible-builds convention), so that two builds of one corpus give the same quads.
     */
    static Clock clock() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Clock.systemUTC();
        }
        try {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new UserException(ExitCodes.USAGE, "SOURCE_DATE_EPOCH must be seconds since 1970: " + epoch);
        }
    }

    /**
     * The report files of the inputs, or a one-line error before anything is created: a missing input, or
     * inputs that hold no report file (saying what they hold instead).
     */
    static ReportFiles.Found find(List<Path> inputs) throws IOException {
        ReportFiles.Found found;
        try {
            found = ReportFiles.find(inputs);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCodes.USAGE, e.getFile() + ": " + e.getReason(), e);
        }
        if (found.reports().isEmpty() && found.unreadable().isEmpty()) {
            String skipped = found.describeSkipped();
            throw new UserException(ExitCodes.USAGE, "no report files in " + String.join(", ",
                    inputs.stream().map(Path::toString).toList()) + (skipped.isEmpty()
                    ? " (report files are " + ReportFiles.EXTENSIONS + ")" : ": " + skipped));
        }
        return found;
    }
}
