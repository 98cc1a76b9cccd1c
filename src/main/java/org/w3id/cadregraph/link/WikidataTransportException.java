package org.w3id.cadregraph.link;

/** The network failed on every attempt (connection refused, reset, DNS), or the wait was interrupted. */
public final class WikidataTransportException extends WikidataApiException {
    private static final long serialVersionUID = 1L;

    public WikidataTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
