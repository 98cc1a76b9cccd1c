package org.w3id.cadregraph.link;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The {@code wbsearchentities} action: items whose English label or alias starts with a text.
 *
 * <pre>
 *   List&lt;SearchEntities.Hit&gt; hits = SearchEntities.search(transport, "Lan Zhiyuan");
 * </pre>
 */
public final class SearchEntities {
    /** Candidates asked for per search. */
    public static final int LIMIT = 10;

    /** One search result: the item id and what the search matched. */
    public record Hit(String id, String label, String description) {}

    private SearchEntities() {}

    public static ApiRequest request(String text) {
        return ApiRequest.of("action", "wbsearchentities", "search", text, "language", "en", "uselang", "en",
                "type", "item", "limit", Integer.toString(LIMIT));
    }

    public static List<Hit> search(WikidataTransport transport, String text) throws WikidataApiException {
        return parse(transport.get(request(text)));
    }

    /** The hits in the order the API ranks them; a body without a {@code search} array is malformed. */
    public static List<Hit> parse(JsonObject json) throws WikidataResponseException {
        JsonValue search = json.get("search");
        if (search == null || !search.isArray()) {
            throw new WikidataResponseException("wbsearchentities answer has no 'search' array");
        }
        List<Hit> hits = new ArrayList<>();
        for (JsonObject o : JsonLib.objects(json, "search")) {
            String id = JsonLib.string(o, "id").orElse("");
            if (id.matches("Q[1-9]\\d*")) {
                hits.add(new Hit(id, JsonLib.string(o, "label").orElse(""), JsonLib.string(o, "description").orElse("")));
            }
        }
        return hits;
    }
}
