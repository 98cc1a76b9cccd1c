package org.w3id.cadregraph.link;

import org.apache.jena.atlas.json.JsonObject;

/**
 * Answers a Wikidata API request with its JSON body. {@link WikidataClient} goes to the network,
 * {@link CachedTransport} answers from a {@link LinkCache} first.
 */
@FunctionalInterface
public interface WikidataTransport {
    /**
     * @return the parsed response body, a JSON object without an {@code error} member
     * @throws WikidataApiException when no usable answer could be had
     */
    JsonObject get(ApiRequest request) throws WikidataApiException;
}
