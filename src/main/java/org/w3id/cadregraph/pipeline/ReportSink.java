package org.w3id.cadregraph.pipeline;

import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/** Where the quads of one report go: a TDB2 store (one transaction per report) or a file. */
public interface ReportSink {
    /** Writes one report's graph; {@code writer} emits its quads. */
    void write(Node graph, Consumer<StreamRDF> writer);

    /** A sink into an in-memory dataset, replacing a report's graph as the store does. */
    static ReportSink inMemory(org.apache.jena.sparql.core.DatasetGraph dsg) {
        return (graph, writer) -> {
            dsg.removeGraph(graph);
            writer.accept(org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
        };
    }
}
