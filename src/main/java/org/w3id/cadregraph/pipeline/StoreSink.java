package org.w3id.cadregraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.graph.Prov;
import org.w3id.cadregraph.store.TdbStore;

/**
 * Reports into the TDB2 store, many per write transaction ({@link TdbStore#batch}): each report's graph replaces
 * the graph of the same name and the graphs an earlier version of the same file left (found by
 * {@code cg:sourcePath}), and records the file's absolute path, so that a rebuild knows which files it has.
 *
 * <pre>
 *   try (StoreSink sink = new StoreSink(store, Version.extractor(), 500)) {
 *       runner.run(found, sink);
 *   }
 * </pre>
 */
public final class StoreSink implements BatchSink, AutoCloseable {
    private final TdbStore.Batch batch;
    private final StoredReports stored;
    /** Graphs of each source written or known in this run, kept up to date as reports replace each other. */
    private final Map<String, Set<Node>> bySource;
    private final boolean recordSources;
    /** The graphs written by this run, in order: the reports whose people identity resolution must place. */
    private final List<Node> written = new ArrayList<>();

    /**
     * @param extractorVersion a stored graph is skipped only when this version extracted it
     * @param reportsPerCommit reports per write transaction
     */
    public StoreSink(TdbStore store, String extractorVersion, int reportsPerCommit) {
        this(store, extractorVersion, reportsPerCommit, true);
    }

    /**
     * @param recordSources whether to record {@code cg:sourcePath} (not for a scratch store that {@code extract}
     *                      dumps: its output must not depend on where the files lie)
     */
    public StoreSink(TdbStore store, String extractorVersion, int reportsPerCommit, boolean recordSources) {
        this.recordSources = recordSources;
        this.stored = read(store.datasetGraph(), extractorVersion);
        this.bySource = new HashMap<>(stored.bySource());
        this.batch = store.batch(reportsPerCommit);
    }

    @Override
    public StoredReports stored() {
        return stored;
    }

    @Override
    public Optional<DatasetGraph> store() {
        return Optional.of(batch.dataset());
    }

    @Override
    public void put(ExtractedReport report) {
        String source = report.sourcePath();
        Set<Node> earlier = new HashSet<>(bySource.getOrDefault(source, Set.of()));
        earlier.remove(report.graph());
        List<Quad> quads = new ArrayList<>(report.quads().size() + 1);
        quads.addAll(report.quads());
        if (recordSources) {
            quads.add(Quad.create(report.graph(), report.graph(), CG.sourcePath, NodeFactory.createLiteralString(source)));
        }
        try {
            batch.replace(report.graph(), earlier, quads);
        } catch (RuntimeException e) {
            // the store failed inside this report: drop the open transaction rather than commit half of it
            batch.abort();
            throw e;
        }
        bySource.put(source, Set.of(report.graph()));
        written.add(report.graph());
    }

    /** The report graphs this run wrote, in input order. */
    public List<Node> written() {
        return List.copyOf(written);
    }

    /**
     * The graphs identity resolution must look at after this run: those it wrote, and those an earlier run stored
     * but was stopped (killed) before it could place their people. Such a graph names people and is in no
     * {@code cg:namedIn} of the identity graph (new to it), or lacks a person the identity graph places in it: a
     * forced run wrote it again with the IRIs the mapper gives, undoing a placement such as a namesake's suffixed
     * IRI, and its content hash alone would make the rerun skip it. Call after {@link #close()}.
     */
    public List<Node> needingIdentity(DatasetGraph dsg) {
        Set<Node> graphs = new java.util.LinkedHashSet<>(written);
        Txn.executeRead(dsg, () -> {
            // the graphs the identity graph places people in, and those of them missing a person placed there;
            // a lookup per placement keeps memory to one node per graph, as the rest of a build does
            Set<Node> recorded = new HashSet<>();
            Set<Node> undone = new HashSet<>();
            each(dsg.find(Iris.identityGraph(), Node.ANY, CG.namedIn, Node.ANY), q -> {
                recorded.add(q.getObject());
                if (!dsg.contains(q.getObject(), q.getSubject(), org.apache.jena.vocabulary.RDF.Nodes.type, CG.Official)) {
                    undone.add(q.getObject());
                }
            });
            Set<Node> naming = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
            each(dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, CG.Official), q -> {
                Node g = q.getGraph();
                if (!g.equals(Iris.identityGraph()) && (!recorded.contains(g) || undone.contains(g))) {
                    naming.add(g);
                }
            });
            graphs.addAll(naming);
        });
        return List.copyOf(graphs);
    }

    @Override
    public int finish(Optional<Set<Node>> keep) {
        int removed = 0;
        if (keep.isPresent()) {
            List<Node> gone = new ArrayList<>();
            DatasetGraph d = batch.dataset();
            for (Node g : reportGraphs(d)) {
                if (!keep.get().contains(g)) {
                    gone.add(g);
                }
            }
            batch.remove(gone);
            removed = gone.size();
        }
        batch.commit();
        return removed;
    }

    /** Commits what is pending: reports already handed over stay stored even when the batch ends early. */
    @Override
    public void close() {
        batch.close();
    }

    /** Drops the open transaction, for a batch that failed in the store itself. */
    public void abort() {
        batch.abort();
    }

    /** Reads, in one read transaction, which report graphs the store holds, from which file and content. */
    static StoredReports read(DatasetGraph dsg, String extractorVersion) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, String> versionOfGraph = new HashMap<>();
            // graph → the version of its extraction activity
            Map<Node, Node> activityOfGraph = new HashMap<>();
            each(dsg.find(Node.ANY, Node.ANY, Prov.wasGeneratedBy, Node.ANY),
                    q -> activityOfGraph.put(q.getGraph(), q.getObject()));
            each(dsg.find(Node.ANY, Node.ANY, CG.extractorVersion, Node.ANY), q -> {
                if (q.getSubject().equals(activityOfGraph.get(q.getGraph()))) {
                    versionOfGraph.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
                }
            });
            Map<String, Node> byHash = new HashMap<>();
            each(dsg.find(Node.ANY, Node.ANY, CG.sha256, Node.ANY), q -> {
                if (extractorVersion.equals(versionOfGraph.get(q.getGraph()))) {
                    byHash.put(q.getObject().getLiteralLexicalForm(), q.getGraph());
                }
            });
            Map<String, Set<Node>> bySource = new HashMap<>();
            each(dsg.find(Node.ANY, Node.ANY, CG.sourcePath, Node.ANY), q -> bySource
                    .computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new HashSet<>()).add(q.getGraph()));
            return new StoredReports(byHash, bySource, Set.copyOf(reportGraphs(dsg)));
        });
    }

    /** The graphs typed cg:ReportGraph (not the links graph, nor anything else a user loaded). */
    private static List<Node> reportGraphs(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>();
        each(dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, CG.ReportGraph), q -> {
            if (q.getSubject().equals(q.getGraph())) {
                graphs.add(q.getGraph());
            }
        });
        return graphs;
    }

    private static void each(Iterator<Quad> it, java.util.function.Consumer<Quad> action) {
        it.forEachRemaining(action);
    }
}
