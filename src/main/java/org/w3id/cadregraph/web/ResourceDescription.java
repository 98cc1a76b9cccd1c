package org.w3id.cadregraph.web;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cadregraph.export.DumpPrefixes;

/**
 * The RDF served for a data IRI: for a report graph's name, the whole graph (every fact of the
 * report); for any other resource, its symmetric concise description over all report graphs, that
 * is every triple with it as subject or as object.
 */
final class ResourceDescription {
    private ResourceDescription() {}

    static Graph of(DatasetGraph dsg, Node iri) {
        Graph graph = GraphFactory.createDefaultGraph();
        DumpPrefixes.prefixes().forEach((prefix, ns) -> graph.getPrefixMapping().setNsPrefix(prefix, ns));
        if (dsg.containsGraph(iri)) {
            dsg.getGraph(iri).find().forEachRemaining(graph::add);
            return graph;
        }
        Graph union = dsg.getUnionGraph();
        union.find(iri, Node.ANY, Node.ANY).forEachRemaining(graph::add);
        union.find(Node.ANY, Node.ANY, iri).forEachRemaining(graph::add);
        return graph;
    }

    static void write(Graph graph, RDFFormat format, OutputStream out) {
        RDFWriter.source(graph).format(format).output(out);
    }
}
