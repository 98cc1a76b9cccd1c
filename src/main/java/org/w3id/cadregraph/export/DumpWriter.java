package org.w3id.cadregraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Writes the whole store as one RDF document, streaming it inside one read transaction so the
 * dump is a consistent snapshot even while {@code build} writes.
 *
 * <pre>
 *   long n = new DumpWriter(store.datasetGraph()).write(DumpFormat.TRIG, out);      // per report graph
 *   long n = new DumpWriter(store.datasetGraph()).write(DumpFormat.TURTLE, out);    // merged
 * </pre>
 *
 * TriG and N-Quads keep one named graph per report, so a dump can be loaded back as it was stored.
 * Turtle has no graphs: it gets the union graph, where a triple stated by several reports appears
 * once. The caller owns {@code out} and closes it.
 */
public final class DumpWriter {
    private final DatasetGraph dsg;

    public DumpWriter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Writes the dump and returns the number of quads (TriG, N-Quads) or triples (Turtle) written. */
    public long write(DumpFormat format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            stream.start();
            if (format != DumpFormat.NQUADS) {
                DumpPrefixes.prefixes().forEach(stream::prefix);
            }
            long count = format.keepsGraphs() ? sendQuads(stream) : sendUnionTriples(stream);
            stream.finish();
            return count;
        });
    }

    private long sendQuads(StreamRDF stream) {
        // Graph by graph, so each report is one block in TriG: the quads of the whole dataset
        // come out of TDB2 in index order, with the graphs interleaved.
        long count = send(dsg.getDefaultGraph().find(), t -> stream.quad(Quad.create(Quad.defaultGraphIRI, t)));
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            while (graphs.hasNext()) {
                Node graph = graphs.next();
                count += send(dsg.getGraph(graph).find(), t -> stream.quad(Quad.create(graph, t)));
            }
        } finally {
            Iter.close(graphs);
        }
        return count;
    }

    private long sendUnionTriples(StreamRDF stream) {
        // TDB2's union graph removes the duplicates of a triple stated in several report graphs.
        return send(dsg.getUnionGraph().find(), stream::triple);
    }

    private static long send(Iterator<Triple> triples, Consumer<Triple> sink) {
        try {
            long count = 0;
            for (; triples.hasNext(); count++) {
                sink.accept(triples.next());
            }
            return count;
        } finally {
            Iter.close(triples);
        }
    }
}
