package org.w3id.cadregraph.web;

import java.util.List;

/**
 * What the network page shows: the filter as set, the choices for it, the size of the network, where
 * the browser gets the drawing's data, the downloads and the strongest ties.
 */
record NetworkView(String region, String organization, String from, String to, List<Choice> regions,
                   List<Choice> organizations, int officials, int links, int meetings, int drawn, String dataHref,
                   List<Link> downloads, List<Tie> ties) {

    /** An option of a select: an IRI and what the reader sees. */
    record Choice(String iri, String text) {}

    /** Two officials and the number of meetings both attended. */
    record Tie(Link a, Link b, int meetings) {}
}
