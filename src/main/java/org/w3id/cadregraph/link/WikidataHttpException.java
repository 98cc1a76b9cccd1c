package org.w3id.cadregraph.link;

/** The API answered with an HTTP error status: a 4xx, or a 5xx/429 that persisted through every retry. */
public final class WikidataHttpException extends WikidataApiException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public WikidataHttpException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
