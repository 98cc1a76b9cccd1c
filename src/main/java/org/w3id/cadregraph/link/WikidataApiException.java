package org.w3id.cadregraph.link;

/**
 * A Wikidata request that finally failed: after the client's retries, or at once when retrying cannot
 * help. The subclasses say why. The linker turns one into "no link" for one node and goes on.
 */
public class WikidataApiException extends Exception {
    private static final long serialVersionUID = 1L;

    public WikidataApiException(String message) {
        super(message);
    }

    public WikidataApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
