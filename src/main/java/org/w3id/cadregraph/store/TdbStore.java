package org.w3id.cadregraph.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.cadregraph.identity.IdentityResolver;

/**
 * The TDB2 store: one named graph per report, each replaced in its own write transaction.
 *
 * <pre>
 *   try (TdbStore store = TdbStore.open(Path.of("cadregraph-db"))) {
 *       store.replaceReportGraph(graphName, out -> mapper.map(extraction, out));
 *   }
 * </pre>
 *
 * A failure while writing one report aborts only that report's transaction: graphs already stored stay.
 */
public final class TdbStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final Path location;

    private TdbStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the TDB2 database in a directory. */
    public static TdbStore open(Path location) {
        return new TdbStore(location, DatabaseMgr.connectDatasetGraph(location.toString()));
    }

    public Path location() {
        return location;
    }

    /** The underlying dataset, for queries and export; callers use transactions. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * Replaces the named graph {@code graph} with what {@code writer} emits, in one write transaction,
     * so a rerun over the same report changes nothing.
     */
    public void replaceReportGraph(Node graph, Consumer<StreamRDF> writer) {
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(graph);
            StreamRDF out = StreamRDFLib.dataset(dsg);
            out.start();
            writer.accept(out);
            out.finish();
        });
    }

    /** Decides who is who among the people of the given report graphs and the store, in one write transaction. */
    public IdentityResolver.IdentitySummary resolveIdentity(IdentityResolver resolver, java.util.Collection<Node> reportGraphs) {
        return Txn.calculateWrite(dsg, () -> resolver.resolve(dsg, reportGraphs));
    }

    /** Number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }


    @Override
    public void close() {
        dsg.close();
    }
}
