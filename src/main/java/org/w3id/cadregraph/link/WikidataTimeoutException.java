package org.w3id.cadregraph.link;

/** Every attempt of a request timed out. */
public final class WikidataTimeoutException extends WikidataApiException {
    private static final long serialVersionUID = 1L;

    public WikidataTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
