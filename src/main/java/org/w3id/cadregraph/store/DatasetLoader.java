package org.w3id.cadregraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Loads dataset files (N-Quads or TriG, e.g. the shards of the Spark job or an {@code extract} output) into the
 * store the way {@code build} writes: each named graph replaces the stored graph of that name whole, many graphs
 * per write transaction. Quads are read as a stream; one graph's quads are held at a time.
 *
 * <pre>
 *   try (TdbStore.Batch batch = store.batch(1000)) {
 *       long quads = new DatasetLoader(batch).load(Path.of("part-00000.nq"));
 *   }
 * </pre>
 */
public final class DatasetLoader {
    private final TdbStore.Batch batch;
    /** Graphs replaced in this load: met again further on, they are added to, not replaced. */
    private final Set<Node> loaded = new HashSet<>();

    public DatasetLoader(TdbStore.Batch batch) {
        this.batch = batch;
    }

    /** Loads one file; returns the number of quads read. */
    public long load(Path file) {
        Grouping grouping = new Grouping();
        RDFParser.source(file).parse(grouping);
        grouping.flush();
        return grouping.count;
    }

    /** Quads of one graph in a row, handed to the batch when the graph changes. */
    private final class Grouping extends StreamRDFBase {
        private final List<Quad> pending = new ArrayList<>();
        private Node graph;
        private long count;

        @Override
        public void quad(Quad quad) {
            if (graph != null && !graph.equals(quad.getGraph())) {
                flush();
            }
            graph = quad.getGraph();
            pending.add(quad);
            count++;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (loaded.add(graph)) {
                batch.replace(graph, List.of(), pending);
            } else {
                batch.add(pending);
            }
            pending.clear();
        }
    }
}
