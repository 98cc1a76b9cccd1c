package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.network.NetworkDownloads;
import org.w3id.cadregraph.network.NetworkSummaryGraph;
import org.w3id.cadregraph.store.DatasetLoader;
import org.w3id.cadregraph.store.MeetingLabelIndex;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: dataset files (extract output, Spark shards) into the store, each graph replaced whole. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load N-Quads or TriG files (from 'extract' or the Spark job) into the TDB2 store: each named "
                + "graph replaces the stored graph of that name, many per write transaction. Then compacts.")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (.nq, .trig, optionally .gz).")
    private List<Path> files;

    @Mixin
    private StoreOptions store;

    @Option(names = "--no-compact", description = "Do not compact the store at the end.")
    private boolean noCompact;

    @Option(names = "--no-summary", description = "Do not count the network summary at the end (see 'summarize'); "
            + "the network page then counts the network when asked.")
    private boolean noSummary;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserException(ExitCodes.USAGE, f + ": no such file");
            }
        }
        ExistingDatabase.requireStoreOrEmpty(store.db());
        long started = System.nanoTime();
        long quads = 0;
        try (TdbStore tdb = BuildCommand.open(store.db())) {
            MeetingLabelIndex.markStale(store.db());   // until the index follows the graphs loaded
            NetworkSummaryGraph.markStale(tdb.datasetGraph());   // likewise the network summary (counted again below)
            try (TdbStore.Batch batch = tdb.batch(BuildCommand.REPORTS_PER_COMMIT)) {
                DatasetLoader loader = new DatasetLoader(batch);
                for (Path f : files) {
                    quads += loader.load(f);
                }
            }
            if (noSummary) {
                // What the loaded files changed is not counted: a summary kept from before would be wrong.
                NetworkSummaryGraph.remove(tdb.datasetGraph());
                NetworkDownloads.remove(store.db());
            } else {
                spec.commandLine().getErr().println(NetworkSummaryGraph.refresh(tdb.datasetGraph(), true,
                        Optional.of(store.db())).describe());
            }
            if (!noCompact) {
                tdb.compact();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "loaded %d quads in %.1f s (%.0f quads/s) into %s",
                    quads, seconds, quads / seconds, store.db()));
            spec.commandLine().getErr().println(MeetingLabelIndex.rebuild(tdb.datasetGraph(), store.db()).describe());
        }
        return ExitCodes.OK;
    }
}
