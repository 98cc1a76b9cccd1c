package org.w3id.cadregraph.link;

/** The API answered 200 but the body is not the JSON expected: malformed, the wrong shape, or an API error object. */
public final class WikidataResponseException extends WikidataApiException {
    private static final long serialVersionUID = 1L;

    public WikidataResponseException(String message) {
        super(message);
    }

    public WikidataResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
