package org.w3id.cadregraph.link;

import java.util.Collection;
import java.util.Comparator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.XSDNumUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * Emits links as quads in the links graph: {@code ?x owl:sameAs wd:Q…} (unless a report graph states it
 * already) and a {@code cg:Assertion} reifying it with {@code cg:confidence} and {@code cg:linkMethod}.
 * Assertion IRIs are minted by {@link Iris#assertion} from the triple, so a rerun writes the same IRIs.
 *
 * <pre>
 *   store.replaceReportGraph(Linker.LINKS_GRAPH, out -&gt; new LinkWriter(Linker.LINKS_GRAPH).write(links, out));
 * </pre>
 */
public final class LinkWriter {
    /** The pseudo report id the assertion IRIs of links are minted under. */
    static final String ASSERTION_SCOPE = "links";

    private final Node graph;

    public LinkWriter(Node graph) {
        this.graph = graph;
    }

    public void write(Collection<Link> links, StreamRDF out) {
        links.stream().sorted(Comparator.comparing((Link l) -> l.subject().toString()).thenComparing(Link::qid))
                .forEach(l -> write(l, out));
    }

    private void write(Link link, StreamRDF out) {
        Node s = link.subject();
        Node p = OWL.sameAs.asNode();
        Node o = Iris.wikidata(link.qid());
        if (!link.alreadyStated()) {
            out.quad(Quad.create(graph, s, p, o));
        }
        Node a = Iris.assertion(ASSERTION_SCOPE, s, p, o);
        out.quad(Quad.create(graph, a, RDF.Nodes.type, CG.Assertion));
        out.quad(Quad.create(graph, a, RDF.Nodes.subject, s));
        out.quad(Quad.create(graph, a, RDF.Nodes.predicate, p));
        out.quad(Quad.create(graph, a, RDF.Nodes.object, o));
        // In the lexical form TDB2 gives back, as ExtractionMapper writes it.
        out.quad(Quad.create(graph, a, CG.confidence, NodeFactory.createLiteralDT(
                XSDNumUtils.stringForm(Math.round(link.confidence() * 100) / 100.0), XSDDatatype.XSDdouble)));
        out.quad(Quad.create(graph, a, CG.linkMethod, NodeFactory.createLiteralString(link.method())));
    }
}
