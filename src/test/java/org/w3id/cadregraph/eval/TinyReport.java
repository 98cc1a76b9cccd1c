package org.w3id.cadregraph.eval;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/** A one-report prediction built quad by quad in memory, and its gold from a JSON text. */
final class TinyReport {
    static final String DOC = "tiny.txt";
    private static final String ID = "https://w3id.org/cadregraph/id/";

    final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    final Node graph = iri("graph/tiny");

    TinyReport() {
        add(graph, CG.sourceFile, NodeFactory.createLiteralString(DOC));
    }

    static Node iri(String path) {
        return NodeFactory.createURI(ID + path);
    }

    TinyReport add(Node s, Node p, Node o) {
        dataset.add(graph, s, p, o);
        return this;
    }

    Node official(String slug, String label) {
        Node n = iri("official/" + slug);
        add(n, RDF.Nodes.type, CG.Official).add(n, RDFS.Nodes.label, NodeFactory.createLiteralString(label));
        return n;
    }

    Node meeting(String slug) {
        Node n = iri("meeting/" + slug);
        add(n, RDF.Nodes.type, CG.Meeting);
        return n;
    }

    Node region(String slug, String label, String qid) {
        Node n = iri("region/" + slug);
        add(n, RDF.Nodes.type, CG.Region).add(n, RDFS.Nodes.label, NodeFactory.createLiteralString(label));
        if (qid != null) {
            add(n, OWL.sameAs.asNode(), Iris.wikidata(qid));
        }
        return n;
    }

    /** A title as a node with a label, as the extractor writes it. */
    TinyReport title(Node official, String slug, String label) {
        Node t = iri("title/" + slug);
        return add(official, CG.holdsTitle, t).add(t, RDFS.Nodes.label, NodeFactory.createLiteralString(label));
    }

    TinyReport date(Node meeting, String lexical, XSDDatatype type) {
        return add(meeting, CG.date, NodeFactory.createLiteralDT(lexical, type));
    }

    EvalResult score(String goldJson) {
        return new Scorer().score(List.of(GoldReader.fromJson(JSON.parse(goldJson))), new Prediction(dataset));
    }
}
