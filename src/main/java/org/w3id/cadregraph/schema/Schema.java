package org.w3id.cadregraph.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code ontology/cadregraph.ttl} and {@code ontology/shapes.ttl} as the jar carries them (pom.xml
 * {@code <resources>}), so that {@code build} and {@code validate} work from any directory.
 *
 * <pre>
 *   Graph ontology = Schema.ontology();
 *   Node name = Schema.ontologyIri(ontology);    // https://w3id.org/cadregraph/ontology
 *   Graph shapes = Schema.shapes();
 * </pre>
 */
public final class Schema {
    /** The ontology on the classpath. */
    public static final String ONTOLOGY_RESOURCE = "ontology/cadregraph.ttl";
    /** The SHACL shapes on the classpath. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private Schema() {}

    /**
     * The ontology; its blank nodes (OWL restrictions, lists) are labelled in the order the file gives them
     * ({@code 0001}, {@code 0002}, …), so that every parse gives the same nodes.
     */
    public static Graph ontology() {
        return load(ONTOLOGY_RESOURCE);
    }

    public static Graph shapes() {
        return load(SHAPES_RESOURCE);
    }

    /** The IRI of the one {@code owl:Ontology} in {@code ontology}: the name of its graph in the store. */
    public static Node ontologyIri(Graph ontology) {
        List<Node> found = ontology.find(Node.ANY, RDF.Nodes.type, OWL.Ontology.asNode()).mapWith(t -> t.getSubject()).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(ONTOLOGY_RESOURCE + " declares " + found.size() + " owl:Ontology, not one");
        }
        return found.get(0);
    }

    private static Graph load(String resource) {
        URL url = Schema.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("classpath resource " + resource + " is missing from the build");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = url.openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(url.toString()).labelToNode(LabelToNode.createIncremental())
                    .parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
