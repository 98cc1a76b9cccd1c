package org.w3id.cadregraph.link;

/**
 * Wikidata cannot be reached at all: several connection attempts in a row failed (no network, DNS, a firewall).
 * Unlike a {@link WikidataApiException}, which costs one node its link, this ends the whole link run, since every
 * further request would fail the same way after its retries and backoff; the answers cached so far are kept.
 * Unchecked, so that it passes the per-node handling of {@link Reconciler} and {@link Linker}.
 */
public final class WikidataUnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WikidataUnreachableException(String message) {
        super(message);
    }
}
