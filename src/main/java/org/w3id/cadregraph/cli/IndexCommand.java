package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.store.MeetingLabelIndex;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code index}: makes the store's text index of meeting labels afresh ({@link MeetingLabelIndex}), for a store
 * built before the index existed or loaded by other means ({@code load}, {@code tdb2.xloader}).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Make the store's text index of meeting labels (jena-text, read by text:query) afresh from the "
                + "store, in DB/" + MeetingLabelIndex.DIRECTORY + ". 'build' does this itself; use it for a store built "
                + "before the index existed or loaded by other means. Stop the server first.")
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path db = ExistingDatabase.require(store.db());
        try (TdbStore tdb = BuildCommand.open(db)) {
            MeetingLabelIndex.markStale(db);
            spec.commandLine().getErr().println(MeetingLabelIndex.rebuild(tdb.datasetGraph(), db).describe());
        }
        return ExitCodes.OK;
    }
}
