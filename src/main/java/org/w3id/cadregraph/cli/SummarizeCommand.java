package org.w3id.cadregraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.network.NetworkSummaryGraph;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code summarize}: counts the network summary of an existing store again ({@link NetworkSummaryGraph}), for a store
 * built before there was one or changed by another tool ({@code tdb2.xloader}, Spark shards).
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Count the co-attendance network summary of the store again (the unfiltered network page and the "
                + "network form read it). 'build' and 'load' do this themselves; use it for a store built before there "
                + "was one, or loaded by another tool. Stop the server first.")
public final class SummarizeCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path db = ExistingDatabase.require(store.db());
        try (TdbStore tdb = BuildCommand.open(db)) {
            spec.commandLine().getErr().println(NetworkSummaryGraph.refresh(tdb.datasetGraph(), true, Optional.of(db)).describe());
        }
        return ExitCodes.OK;
    }
}
