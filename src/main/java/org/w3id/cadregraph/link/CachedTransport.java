package org.w3id.cadregraph.link;

import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Answers from the {@link LinkCache} first. Online, a miss goes to the network and the answer is kept;
 * offline (no network transport), a miss is a {@link NotCachedException} and nothing is sent.
 *
 * <pre>
 *   new CachedTransport(cache, Optional.empty());   // --offline: never touches the network
 * </pre>
 */
public final class CachedTransport implements WikidataTransport {
    private final LinkCache cache;
    private final Optional<WikidataTransport> network;

    public CachedTransport(LinkCache cache, Optional<WikidataTransport> network) {
        this.cache = cache;
        this.network = network;
    }

    @Override
    public JsonObject get(ApiRequest request) throws WikidataApiException {
        Optional<JsonObject> cached = cache.get(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (network.isEmpty()) {
            throw new NotCachedException(request);
        }
        JsonObject answer = network.get().get(request);
        cache.put(request, answer);
        return answer;
    }
}
