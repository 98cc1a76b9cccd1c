package org.w3id.cadregraph.link;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One {@code owl:sameAs} link from a cadregraph node to a Wikidata item, with how sure we are and how
 * it was made.
 *
 * @param confidence     in [0, 1]
 * @param method         {@link #GAZETTEER} or {@link #WIKIDATA_SEARCH}, written as {@code cg:linkMethod}
 * @param alreadyStated  true when a report graph already holds the {@code owl:sameAs} (the mapper writes
 *                       it for gazetteer regions), so only the assertion about it is written
 */
public record Link(Node subject, Kind kind, String qid, double confidence, String method, boolean alreadyStated) {
    public static final String GAZETTEER = "gazetteer";
    public static final String WIKIDATA_SEARCH = "wikidata-search";

    /** What kind of node is linked. */
    public enum Kind {
        REGION, ORGANIZATION, OFFICIAL;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Link {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(kind);
        if (!qid.matches("Q[1-9]\\d*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
