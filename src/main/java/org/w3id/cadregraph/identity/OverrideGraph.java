package org.w3id.cadregraph.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * The graph of researchers' overrides in the store ({@link Iris#identityOverridesGraph()}): what every identity
 * resolution reads, so a decision given once holds in every later run without the file.
 *
 * <pre>
 *   &lt;id/identity/wang-wei/1a2b…&gt; a cg:IdentityOverride ; cg:nameKey "wangwei" ;
 *       rdf:predicate owl:differentFrom ; cg:oneSide &lt;id/graph/hz-07&gt; ; cg:otherSide &lt;id/graph/guizhou-02&gt; ;
 *       dcterms:source "overrides.tsv line 4" ; rdfs:comment "two people: born 1968 and 1975" .
 * </pre>
 */
final class OverrideGraph {
    static final Node G = Iris.identityOverridesGraph();

    private final DatasetGraph dsg;

    OverrideGraph(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The decisions about one name key. */
    List<IdentityOverride> of(String key) {
        List<IdentityOverride> out = new ArrayList<>();
        dsg.find(G, Node.ANY, CG.nameKey, NodeFactory.createLiteralString(key)).forEachRemaining(q -> {
            Node o = q.getSubject();
            if (!dsg.contains(G, o, RDF.Nodes.type, CG.IdentityOverride)) {
                return;
            }
            IdentityOverride.Decision d = dsg.contains(G, o, RDF.Nodes.predicate, OWL.sameAs.asNode())
                    ? IdentityOverride.Decision.SAME : IdentityOverride.Decision.DIFFERENT;
            out.add(new IdentityOverride(d, key, objects(o, CG.oneSide), objects(o, CG.otherSide),
                    literal(o, DCTerms.source.asNode()), literal(o, RDFS.Nodes.comment)));
        });
        return out;
    }

    /** The name keys some decision is about. */
    Set<String> keys() {
        Set<String> out = new TreeSet<>();
        dsg.find(G, Node.ANY, CG.nameKey, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    /** Forgets every decision: a new file replaces the old one whole, so a line taken out is a decision undone. */
    void clear() {
        dsg.deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
    }

    void put(IdentityOverride o) {
        Node s = Iris.identityJudgement(o.key(), "override " + o.decision().word() + " " + o.one() + " " + o.other());
        dsg.add(G, s, RDF.Nodes.type, CG.IdentityOverride);
        dsg.add(G, s, CG.nameKey, NodeFactory.createLiteralString(o.key()));
        dsg.add(G, s, RDF.Nodes.predicate, (o.decision() == IdentityOverride.Decision.SAME ? OWL.sameAs : OWL.differentFrom).asNode());
        o.one().forEach(g -> dsg.add(G, s, CG.oneSide, NodeFactory.createURI(g)));
        o.other().forEach(g -> dsg.add(G, s, CG.otherSide, NodeFactory.createURI(g)));
        dsg.add(G, s, DCTerms.source.asNode(), NodeFactory.createLiteralString(o.source()));
        if (!o.reason().isEmpty()) {
            dsg.add(G, s, RDFS.Nodes.comment, NodeFactory.createLiteralString(o.reason()));
        }
    }

    private Set<String> objects(Node s, Node p) {
        Set<String> out = new TreeSet<>();
        dsg.find(G, s, p, Node.ANY).forEachRemaining((Quad q) -> out.add(q.getObject().getURI()));
        return out;
    }

    private String literal(Node s, Node p) {
        var it = dsg.find(G, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
