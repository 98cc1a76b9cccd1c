package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corpus}: writes a synthetic corpus for benchmarks and load tests. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write synthetic reports from cadregraph's own templates (invented officials, real places), "
                + "a thousand per folder, for benchmarks. Report i depends only on the seed and i.")
public final class CorpusCommand implements Callable<Integer> {
    @Option(names = {"-n", "--reports"}, defaultValue = "1000", paramLabel = "N",
            description = "How many reports (default: ${DEFAULT-VALUE}).")
    private int reports;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path output;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (reports < 1) {
            throw new UserException(ExitCodes.USAGE, "--reports must be at least 1");
        }
        new CorpusGenerator(seed).write(output, reports);
        spec.commandLine().getErr().println("wrote " + reports + " reports under " + output);
        return ExitCodes.OK;
    }
}
