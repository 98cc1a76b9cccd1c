package org.w3id.cadregraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The W3C PROV-O terms cadregraph writes; Jena has no PROV vocabulary class of its own. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Node wasDerivedFrom = term("wasDerivedFrom");
    public static final Node wasGeneratedBy = term("wasGeneratedBy");
    public static final Node used = term("used");
    public static final Node endedAtTime = term("endedAtTime");
    public static final Node wasAssociatedWith = term("wasAssociatedWith");

    private Prov() {}

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
