package org.w3id.cadregraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A query behind a page: its title, its text, a link that opens it in the Fuseki UI's query editor
 * and one that runs it on the endpoint.
 */
record SparqlLink(String title, String query, String editorHref, String resultsHref) {

    /** The links for {@code query} on the dataset served at {@code datasetPath} ({@code /cadregraph}). */
    static SparqlLink of(String title, String query, String datasetPath) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        return new SparqlLink(title, query,
                "/#/dataset" + datasetPath + "/query?query=" + encoded,
                datasetPath + "/sparql?format=text&query=" + encoded);
    }
}
