package org.w3id.cadregraph.schema;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The ontology in its own named graph of the store, named by its IRI ({@code https://w3id.org/cadregraph/ontology}),
 * so that the store describes itself: the Fuseki UI and {@code GRAPH <…/ontology> { … }} show the classes and
 * properties, and queries can follow {@code rdfs:subPropertyOf} ({@code cg:presided} ⊑ {@code cg:attended}).
 * It is part of the union default graph like every graph of the store. Its blank nodes are skolemized into
 * {@code https://w3id.org/cadregraph/ontology/.well-known/genid/0001} and so on (RDF 1.1's form), so that every store
 * and every dump holds the same terms: the project's data has no blank nodes, and a rebuild must give the same quads.
 *
 * <pre>
 *   boolean changed = OntologyGraph.putInto(store.datasetGraph());
 * </pre>
 */
public final class OntologyGraph {
    private OntologyGraph() {}

    /**
     * Writes the jar's ontology into its graph in one write transaction, when the graph there differs (a first
     * build, a new version); otherwise leaves the store untouched. Returns whether it wrote.
     */
    public static boolean putInto(DatasetGraph dsg) {
        Graph ontology = skolemized(Schema.ontology());
        Node name = Schema.ontologyIri(ontology);
        boolean same = Txn.calculateRead(dsg, () -> sameTriples(ontology, dsg.getGraph(name)));
        if (same) {
            return false;
        }
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(name);
            ontology.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return true;
    }

    /** The ontology as the store holds it: each blank node an IRI under the ontology's {@code /.well-known/genid/}. */
    static Graph skolemized(Graph ontology) {
        String genid = Schema.ontologyIri(ontology).getURI() + "/.well-known/genid/";
        Graph out = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(t -> out.add(skolem(t.getSubject(), genid), t.getPredicate(), skolem(t.getObject(), genid)));
        return out;
    }

    private static Node skolem(Node n, String genid) {
        return n.isBlank() ? NodeFactory.createURI(genid + n.getBlankNodeLabel()) : n;
    }

    /**
     * The same triples, literals compared as the store compares them: TDB2 gives {@code "0.0"^^xsd:double} back as
     * {@code "0.0e0"} but finds it either way. Exact, since the skolemized graph has no blank nodes.
     */
    private static boolean sameTriples(Graph ontology, Graph stored) {
        return ontology.size() == stored.size() && ontology.find().filterDrop(stored::contains).toList().isEmpty();
    }
}
