package org.w3id.cadregraph.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
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

    /**
     * Starts a batch of report writes: many reports share one write transaction (a commit per report made a
     * TDB2 store grow by a new block set each time), and each report's graph is still replaced whole inside it,
     * so a crash, which loses the open transaction, never leaves half a report.
     *
     * @param reportsPerCommit commit after this many reports
     */
    public Batch batch(int reportsPerCommit) {
        return new Batch(reportsPerCommit);
    }

    /** Many report graphs per write transaction; see {@link #batch}. Used by one thread. */
    public final class Batch implements AutoCloseable {
        private final int reportsPerCommit;
        private int pending;

        private Batch(int reportsPerCommit) {
            this.reportsPerCommit = Math.max(1, reportsPerCommit);
        }

        /** The store inside the open write transaction (begun if needed): reads see what this batch wrote. */
        public DatasetGraph dataset() {
            if (!dsg.isInTransaction()) {
                dsg.begin(TxnType.WRITE);
            }
            return dsg;
        }

        /**
         * Replaces {@code graph} and removes {@code alsoRemove} (an earlier version of the same report), then
         * adds the quads; commits when the batch is full.
         */
        public void replace(Node graph, Collection<Node> alsoRemove, Iterable<Quad> quads) {
            DatasetGraph d = dataset();
            d.removeGraph(graph);
            for (Node old : alsoRemove) {
                d.removeGraph(old);
            }
            for (Quad q : quads) {
                d.add(q);
            }
            if (++pending >= reportsPerCommit) {
                commit();
            }
        }

        /** Adds quads to what the open transaction holds (a graph met again further on in a file). */
        public void add(Iterable<Quad> quads) {
            DatasetGraph d = dataset();
            for (Quad q : quads) {
                d.add(q);
            }
        }

        /** Removes whole graphs in the open transaction. */
        public void remove(Collection<Node> graphs) {
            DatasetGraph d = dataset();
            graphs.forEach(d::removeGraph);
        }

        /** Makes everything written so far durable. */
        public void commit() {
            if (dsg.isInTransaction()) {
                dsg.commit();
                dsg.end();
            }
            pending = 0;
        }

        /** Drops what was written since the last commit. */
        public void abort() {
            if (dsg.isInTransaction()) {
                dsg.abort();
                dsg.end();
            }
            pending = 0;
        }

        /** Commits what is pending. */
        @Override
        public void close() {
            commit();
        }
    }

    /**
     * Compacts the store into a new generation and deletes the old one (Jena's {@code DatabaseMgr.compact}): a
     * TDB2 store only grows while it is written, by a copy of every block a transaction changes.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
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
        if (dsg.isInTransaction()) {
            dsg.abort();
            dsg.end();
        }
        dsg.close();
    }
}
