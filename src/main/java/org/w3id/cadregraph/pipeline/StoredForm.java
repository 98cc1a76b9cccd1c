package org.w3id.cadregraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * A quad as TDB2 gives it back: TDB2 keeps numbers, dates and booleans inline by value, so
 * {@code "1.50E0"^^xsd:double} comes back as {@code "1.5E0"}. A run that writes without a store writes this form,
 * so its output is the one a store would dump, and two quads a store holds as one are one.
 */
public final class StoredForm {
    private StoredForm() {}

    public static Quad of(Quad q) {
        Node o = q.getObject();
        if (!o.isLiteral() || !NodeIdInline.hasInlineDatatype(o)) {
            return q;
        }
        NodeId id = NodeIdInline.inline(o);
        if (id == null) {
            return q;
        }
        Node stored = NodeIdInline.extract(id);
        return stored.equals(o) ? q : Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), stored);
    }
}
