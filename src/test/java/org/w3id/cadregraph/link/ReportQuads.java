package org.w3id.cadregraph.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/** Hand-made report-graph quads, shaped as the mapper writes them, for link tests. */
final class ReportQuads {
    private final Node g;
    private final StreamRDF out;

    ReportQuads(String reportId, StreamRDF out) {
        this.g = Iris.graph(reportId);
        this.out = out;
    }

    /** A region node; {@code qid} null when the report graph states no owl:sameAs. */
    Node region(String id, String label, String qid, Node parent) {
        Node r = Iris.region(id);
        quad(r, RDF.Nodes.type, CG.Region);
        quad(r, RDFS.Nodes.label, NodeFactory.createLiteralString(label));
        if (qid != null) {
            quad(r, OWL.sameAs.asNode(), Iris.wikidata(qid));
        }
        if (parent != null) {
            quad(r, CG.withinRegion, parent);
        }
        return r;
    }

    /** A body, its IRI qualified by {@code regionId} as the mapper does for bodies named without their region. */
    Node organization(String name, String regionId, Node region) {
        Node o = Iris.organization(name, regionId);
        quad(o, RDF.Nodes.type, CG.Organization);
        quad(o, RDFS.Nodes.label, NodeFactory.createLiteralString(name));
        if (region != null) {
            quad(o, CG.inRegion, region);
        }
        return o;
    }

    /** An official with one title; {@code title} and {@code org} may be null. */
    Node official(String name, String title, Node org) {
        Node p = Iris.official(name);
        quad(p, RDF.Nodes.type, CG.Official);
        quad(p, RDFS.Nodes.label, NodeFactory.createLiteralString(name));
        if (title != null) {
            Node t = Iris.title(g.getURI(), name, title);
            quad(p, CG.holdsTitle, t);
            quad(t, RDF.Nodes.type, CG.Title);
            quad(t, RDFS.Nodes.label, NodeFactory.createLiteralString(title));
            if (org != null) {
                quad(t, ORG.organization.asNode(), org);
            }
        }
        return p;
    }

    private void quad(Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }
}
