package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.w3id.cadregraph.Version;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.identity.OverrideFile;
import org.w3id.cadregraph.link.LinkSettings;
import org.w3id.cadregraph.link.Linker;
import org.w3id.cadregraph.network.NetworkSummaryGraph;
import org.w3id.cadregraph.pipeline.BatchOptions;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.BatchSummary;
import org.w3id.cadregraph.pipeline.ReportFiles;
import org.w3id.cadregraph.pipeline.SpooledRun;
import org.w3id.cadregraph.pipeline.StoreSink;
import org.w3id.cadregraph.store.BulkLoad;
import org.w3id.cadregraph.store.MeetingLabelIndex;
import java.io.UncheckedIOException;
import org.w3id.cadregraph.schema.OntologyGraph;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code build}: reports → TDB2. Reports are extracted on every core and stored by one writer, many per write
 * transaction, each report's graph replaced whole; a rebuild skips the reports already stored; the store is
 * compacted at the end.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract reports and load them into the TDB2 store, one named graph per report. A rebuild "
                + "skips reports whose content is stored, replaces the graphs of changed files, and compacts the store.")
public final class BuildCommand implements Callable<Integer> {
    /** Reports per write transaction: few enough to lose little to a crash, many enough to keep the store small. */
    static final int REPORTS_PER_COMMIT = 1000;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Report files, or folders whose " + ReportFiles.EXTENSIONS + " files are read.")
    private List<Path> inputs;

    @Mixin
    private StoreOptions store;

    @Mixin
    private ExtractionOptions extraction;

    @Option(names = "--prune", description = "Remove the graphs of reports that are not among the inputs.")
    private boolean prune;

    @Option(names = "--force", description = "Extract every report again, even those already stored.")
    private boolean force;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + REPORTS_PER_COMMIT,
            description = "Reports per write transaction (default: ${DEFAULT-VALUE}); a crash loses at most the open one.")
    private int commitEvery;

    @Option(names = "--no-compact", description = "Do not compact the store at the end (see 'compact').")
    private boolean noCompact;

    @Option(names = "--link", description = "Then link regions and bodies to Wikidata from the offline gazetteer "
            + "(as 'link'; use 'link --online' to reconcile officials too).")
    private boolean link;

    @Mixin
    private IdentityOverridesOption identityOverrides;

    @Mixin
    private LoggingMixin logging;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BatchOptions options = extraction.batchOptions().withPrune(prune).withForce(force);
        if (commitEvery < 1) {
            throw new UserException(ExitCodes.USAGE, "--commit-every must be at least 1");
        }
        return build(inputs, store.db(), options, commitEvery, !noCompact, link, identityOverrides.read(),
                spec.commandLine().getErr());
    }

    /** Builds with the default options; shared with {@code run}. Returns the exit code. */
    static int build(List<Path> inputs, Path db, boolean progress, boolean link, Optional<OverrideFile> overrides,
                     PrintWriter out) throws IOException {
        return build(inputs, db, BatchOptions.defaults(progress), REPORTS_PER_COMMIT, true, link, overrides, out);
    }

    /** Builds the store, compacts it and links it offline when asked. Returns the exit code. */
    static int build(List<Path> inputs, Path db, BatchOptions options, boolean compact, boolean link, PrintWriter out)
            throws IOException {
        return build(inputs, db, options, REPORTS_PER_COMMIT, compact, link, Optional.empty(), out);
    }

    private static int build(List<Path> inputs, Path db, BatchOptions options, int reportsPerCommit, boolean compact,
                             boolean link, Optional<OverrideFile> overrides, PrintWriter out) throws IOException {
        // Inputs first: a mistyped folder must not leave an empty store behind.
        ReportFiles.Found found = ExtractionOptions.find(inputs);
        ExistingDatabase.requireStoreOrEmpty(db);
        BatchRunner runner = BatchRunner.createDefault(options, ExtractionOptions.clock());
        if (BulkLoad.isNew(db)) {
            return buildNew(found, runner, options.threads(), db, link, overrides, out);
        }
        BatchSummary summary;
        try (TdbStore tdb = open(db)) {
            boolean indexed = MeetingLabelIndex.isCurrent(db);
            MeetingLabelIndex.markStale(db);   // until the index follows what this build writes
            // likewise the network summary; marked already: a build or load before this one did not finish
            boolean summaryStale = NetworkSummaryGraph.markStale(tdb.datasetGraph());
            StoreSink sink = new StoreSink(tdb, Version.extractor(), reportsPerCommit);
            try (sink) {
                summary = runner.run(found, sink);
            }
            OntologyGraph.putInto(tdb.datasetGraph());   // the schema beside the data, for the UI and queries
            List<Node> people = sink.needingIdentity(tdb.datasetGraph());
            // also when no report was written: the people of a pruned report (or of one a killed run pruned) go
            IdentityResolver.IdentitySummary identity = tdb.resolveIdentity(IdentityResolver.createDefault(), people);
            if (identity.names() > 0) {
                out.println(identity.describe());
            }
            IdentityOverridesOption.apply(tdb, overrides, out);
            out.println(NetworkSummaryGraph.refresh(tdb.datasetGraph(), summaryStale || summary.read() > 0
                    || summary.pruned() > 0 || identity.names() > 0 || overrides.isPresent(), Optional.of(db)).describe());
            if (compact && (summary.read() > 0 || summary.pruned() > 0)) {
                tdb.compact();
                out.println("compacted the store");
            }
            if (!indexed || summary.read() > 0 || summary.pruned() > 0) {
                out.println(MeetingLabelIndex.rebuild(tdb.datasetGraph(), db).describe());
            } else {
                MeetingLabelIndex.markCurrent(db);   // no report graph written or removed: no meeting label changed
            }
            if (link) {
                out.println(Linker.run(tdb, LinkSettings.defaults(db)).describe());
            }
        }
        return finish(summary, db, out);
    }

    /**
     * A build into a new store: the reports are spooled and their people decided on from the spool
     * ({@link SpooledRun}), then Jena's bulk loader writes the whole store in a directory beside {@code db}, which is
     * renamed into place when complete: a build killed before has left no store (and is done again from the start),
     * one killed after has left the whole store. A bulk-loaded store is compact: no compaction.
     */
    private static int buildNew(ReportFiles.Found found, BatchRunner runner, int threads, Path db, boolean link,
                                Optional<OverrideFile> overrides, PrintWriter out) throws IOException {
        BulkLoad.Loader loader = loader(System.getProperty("cadregraph.loader", "phased"));
        BatchSummary summary;
        try (BulkLoad.Building building = holdBuilding(db)) {
            Path loaded = building.dir().resolve("tdb");
            try (SpooledRun run = SpooledRun.create(building.dir().resolve("spool"), found.reports().size(), true)) {
                summary = runner.run(found, run.sink());
                IdentityResolver.IdentitySummary identity = run.resolveIdentity(IdentityResolver.createDefault(), threads);
                if (run.sink().mentions().size() > 0) {
                    out.println(identity.describe());
                }
                BulkLoad.into(loaded, loader, stream -> {
                    try {
                        run.replay(stream);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            BulkLoad.moveIntoPlace(loaded, db);
        }
        out.println("bulk-loaded a new store (compact as written)");
        try (TdbStore tdb = open(db)) {
            OntologyGraph.putInto(tdb.datasetGraph());   // the schema beside the data, for the UI and queries
            // The bulk loader wrote past any text dataset: the index is made from the loaded store.
            out.println(MeetingLabelIndex.rebuild(tdb.datasetGraph(), db).describe());
            IdentityOverridesOption.apply(tdb, overrides, out);
            out.println(NetworkSummaryGraph.refresh(tdb.datasetGraph(), true, Optional.of(db)).describe());
            if (link) {
                out.println(Linker.run(tdb, LinkSettings.defaults(db)).describe());
            }
        }
        return finish(summary, db, out);
    }

    /** The run's summary and where the store is; the exit code. */
    private static int finish(BatchSummary summary, Path db, PrintWriter out) {
        out.println(summary.describe());
        out.println("store: " + db.toAbsolutePath());
        out.flush();
        return summary.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.REPORTS_REJECTED;
    }

    /**
     * Jena's loader for a new store: phased unless {@code -Dcadregraph.loader=parallel}; phased measured the faster
     * of the two on 2 cores (see the README's Scale section).
     */
    static BulkLoad.Loader loader(String name) {
        try {
            return BulkLoad.Loader.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, "-Dcadregraph.loader=" + name + ": use phased or parallel");
        }
    }

    private static BulkLoad.Building holdBuilding(Path db) throws IOException {
        try {
            return BulkLoad.building(db);
        } catch (BulkLoad.StoreBusyException e) {
            throw new UserException(ExitCodes.IO_FAILURE, e.getMessage());
        }
    }

    static TdbStore open(Path db) {
        try {
            return TdbStore.open(db);
        } catch (DBOpEnvException e) {
            throw StoreInUse.explain(db, e, StoreInUse.Action.BUILD);
        }
    }
}
