package org.w3id.cadregraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
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
 * TriG, N-Quads and JSON-LD keep one named graph per report, so a dump can be loaded back as it was
 * stored. Turtle, N-Triples and RDF/XML have no graphs: they get the union graph, where a triple stated
 * by several reports appears once. The caller owns {@code out} and closes it.
 */
public final class DumpWriter {
    private final DatasetGraph dsg;

    public DumpWriter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Writes the dump and returns the number of quads (formats with graphs) or triples (merged) written. */
    public long write(DumpFormat format, OutputStream out) {
        return Txn.calculateRead(dsg, () -> format.streaming() ? stream(format, out) : whole(format, out));
    }

    private long stream(DumpFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
        stream.start();
        if (format != DumpFormat.NQUADS && format != DumpFormat.NTRIPLES) {
            DumpPrefixes.prefixes().forEach(stream::prefix);
        }
        long count = format.keepsGraphs() ? sendQuads(stream) : sendUnionTriples(stream);
        stream.finish();
        return count;
    }

    /**
     * RDF/XML and JSON-LD have no streaming writer in RIOT: RDF/XML is written subject by subject from the
     * store's union graph; JSON-LD is built in memory by the JSON-LD processor, so it needs a heap in
     * proportion to the store.
     */
    private long whole(DumpFormat format, OutputStream out) {
        PrefixMap prefixes = PrefixMapFactory.create(DumpPrefixes.prefixes());
        if (format.keepsGraphs()) {
            DatasetGraph withPrefixes = new DatasetGraphWrapper(dsg) {
                @Override
                public PrefixMap prefixes() {
                    return prefixes;
                }
            };
            RDFWriter.source(withPrefixes).format(format.rdfFormat()).output(out);
            return countQuads();
        }
        Graph union = new WrappedGraph(dsg.getUnionGraph()) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return Prefixes.adapt(prefixes);
            }
        };
        RDFWriter.source(union).format(format.rdfFormat()).output(out);
        return send(dsg.getUnionGraph().find(), t -> { });
    }

    private long countQuads() {
        return send(dsg.getDefaultGraph().find(), t -> { }) + send(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> { });
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

    private static <T> long send(Iterator<T> items, Consumer<T> sink) {
        try {
            long count = 0;
            for (; items.hasNext(); count++) {
                sink.accept(items.next());
            }
            return count;
        } finally {
            Iter.close(items);
        }
    }
}
