package org.w3id.cadregraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: every figure of the scale table from one command, on a synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark on a synthetic corpus (see 'corpus'): extract on 1 and N threads, build, store size "
                + "against tdb2.tdbcompact, store writes against tdb2.tdbloader, an unchanged rebuild, and every "
                + "query in queries/ and the pages through Fuseki. Each step runs in a child JVM with the given heap. "
                + "Prints a Markdown table.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-n", "--reports"}, defaultValue = "2000", paramLabel = "N",
            description = "Corpus size (default: ${DEFAULT-VALUE}; the issue's figures use 100000).")
    private int reports;

    @Option(names = "--sample", defaultValue = "1000", paramLabel = "N",
            description = "Reports for the 1-thread / N-thread comparison (default: ${DEFAULT-VALUE}).")
    private int sample;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "N (default: the available cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--heap", defaultValue = "1g", description = "-Xmx of each step (default: ${DEFAULT-VALUE}).")
    private String heap;

    @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR",
            description = "Working folder; the corpus is kept there between runs (default: ${DEFAULT-VALUE}).")
    private Path work;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
            description = "Folder of .rq files to time (default: ${DEFAULT-VALUE}).")
    private Path queries;

    @Option(names = "--query-runs", defaultValue = "20", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    private int queryRuns;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Only time the queries and the pages, served from this store (built before); no corpus, no build.")
    private Path store;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reports < 1 || sample < 1 || threads < 1 || queryRuns < 1) {
            throw new UserException(ExitCodes.USAGE, "--reports, --sample, --threads and --query-runs must be positive");
        }
        if (!Files.isDirectory(queries)) {
            throw new UserException(ExitCodes.USAGE, "no queries folder " + queries + " (give --queries DIR)");
        }
        Files.createDirectories(work);
        Benchmark benchmark = new Benchmark(new Benchmark.Settings(reports, Math.min(sample, reports), threads, heap, work,
                queries, queryRuns, seed), spec.commandLine().getOut());
        if (store != null) {
            benchmark.runServed(ExistingDatabase.require(store));
        } else {
            benchmark.run();
        }
        return ExitCodes.OK;
    }
}
