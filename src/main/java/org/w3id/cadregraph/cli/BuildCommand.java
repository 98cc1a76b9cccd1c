package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.link.LinkSettings;
import org.w3id.cadregraph.link.Linker;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.BatchSummary;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code build}: reports → TDB2, one write transaction per report replacing that report's graph, so a rerun
 * changes nothing and a failure loses nothing already stored.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract reports and load them into the TDB2 store, one named graph per report.")
public final class BuildCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Report files or folders of them (.txt, .html).")
    private List<Path> inputs;

    @Mixin
    private StoreOptions store;

    @Option(names = "--no-progress", description = "No progress bar.")
    private boolean noProgress;

    @Option(names = "--link", description = "Then link regions and bodies to Wikidata from the offline gazetteer "
            + "(as 'link'; use 'link --online' to reconcile officials too).")
    private boolean link;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return build(inputs, store.db(), !noProgress, link, spec.commandLine().getErr());
    }

    /** Builds the store, and links it offline when asked; shared with {@code run}. Returns the exit code. */
    static int build(List<Path> inputs, Path db, boolean progress, boolean link, java.io.PrintWriter out) throws IOException {
        BatchRunner runner = BatchRunner.createDefault(progress);
        BatchSummary summary;
        try (TdbStore tdb = open(db)) {
            java.util.Set<org.apache.jena.graph.Node> written = new java.util.LinkedHashSet<>();
            summary = runner.run(inputs, (graph, writer) -> {
                tdb.replaceReportGraph(graph, writer);
                written.add(graph);
            });
            out.println(tdb.resolveIdentity(IdentityResolver.createDefault(), written).describe());
            if (link) {
                out.println(Linker.run(tdb, LinkSettings.defaults(db)).describe());
            }
        }
        out.println(summary.describe());
        out.println("store: " + db.toAbsolutePath());
        out.flush();
        return summary.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.REPORTS_REJECTED;
    }

    private static TdbStore open(Path db) {
        try {
            return TdbStore.open(db);
        } catch (DBOpEnvException e) {
            throw new UserException(ExitCodes.IO_FAILURE, "cannot open the store " + db + ": " + e.getMessage(), e);
        }
    }
}
