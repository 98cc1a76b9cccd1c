package org.w3id.cadregraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code compact}: rewrites the store into a new generation without the space old transactions left. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the TDB2 store (Jena's DatabaseMgr.compact) and delete the old generation. "
                + "'build' does this at the end unless --no-compact; stop the server first.")
public final class CompactCommand implements Callable<Integer> {
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
            tdb.compact();
        }
        spec.commandLine().getErr().println("compacted " + db);
        return ExitCodes.OK;
    }
}
