package org.w3id.cadregraph.link;

/** Offline, a request whose answer is not in the cache: no network is tried, so the node gets no link. */
public final class NotCachedException extends WikidataApiException {
    private static final long serialVersionUID = 1L;

    public NotCachedException(ApiRequest request) {
        super("not in the cache (offline): " + request.queryString());
    }
}
