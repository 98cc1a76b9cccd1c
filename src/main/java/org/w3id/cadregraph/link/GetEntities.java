package org.w3id.cadregraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The {@code wbgetentities} action with {@code props=labels|aliases|claims} and {@code languages=en|zh},
 * parsed into {@link WikidataEntity} records. Ids are sent sorted, at most 50 per request, so the same
 * set of ids is always the same request (and the same cache entry).
 *
 * <pre>
 *   Map&lt;String, WikidataEntity&gt; items = GetEntities.fetch(transport, List.of("Q15176", "Q148"));
 * </pre>
 */
public final class GetEntities {
    /** The API's limit on ids per request for ordinary users. */
    public static final int MAX_IDS = 50;

    private GetEntities() {}

    public static ApiRequest request(Set<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("1 to " + MAX_IDS + " ids, not " + ids.size());
        }
        return ApiRequest.of("action", "wbgetentities", "ids", String.join("|", new TreeSet<>(ids)),
                "props", "labels|aliases|claims", "languages", "en|zh");
    }

    /** The items found, by id; missing items are left out. */
    public static Map<String, WikidataEntity> fetch(WikidataTransport transport, Set<String> ids) throws WikidataApiException {
        Map<String, WikidataEntity> out = new LinkedHashMap<>();
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        for (int i = 0; i < sorted.size(); i += MAX_IDS) {
            Set<String> batch = new TreeSet<>(sorted.subList(i, Math.min(sorted.size(), i + MAX_IDS)));
            out.putAll(parse(transport.get(request(batch))));
        }
        return out;
    }

    public static Map<String, WikidataEntity> parse(JsonObject json) throws WikidataResponseException {
        JsonObject entities = JsonLib.object(json, "entities")
                .orElseThrow(() -> new WikidataResponseException("wbgetentities answer has no 'entities' object"));
        Map<String, WikidataEntity> out = new LinkedHashMap<>();
        for (String key : new TreeSet<>(entities.keys())) {
            JsonValue v = entities.get(key);
            if (!v.isObject() || v.getAsObject().hasKey("missing")) {
                continue;
            }
            JsonObject e = v.getAsObject();
            String id = JsonLib.string(e, "id").orElse(key);
            JsonObject claims = JsonLib.object(e, "claims").orElse(new JsonObject());
            out.put(id, new WikidataEntity(id, label(e, "en"), label(e, "zh"), aliases(e, "en"), aliases(e, "zh"),
                    itemValues(claims, "P31"), itemValues(claims, "P27"), itemValues(claims, "P39"),
                    stringValues(claims, "P442"), itemValues(claims, "P131"), itemValues(claims, "P17"),
                    itemValues(claims, "P1001")));
        }
        return out;
    }

    private static Optional<String> label(JsonObject e, String lang) {
        return JsonLib.object(e, "labels").flatMap(l -> JsonLib.object(l, lang)).flatMap(o -> JsonLib.string(o, "value"));
    }

    private static List<String> aliases(JsonObject e, String lang) {
        return JsonLib.object(e, "aliases").map(a -> JsonLib.objects(a, lang)).orElse(List.of()).stream()
                .map(o -> JsonLib.string(o, "value")).flatMap(Optional::stream).toList();
    }

    private static Set<String> itemValues(JsonObject claims, String property) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonObject value : values(claims, property)) {
            JsonLib.string(value, "id").filter(s -> s.matches("Q[1-9]\\d*")).ifPresent(out::add);
        }
        return out;
    }

    private static Set<String> stringValues(JsonObject claims, String property) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonObject statement : JsonLib.objects(claims, property)) {
            datavalue(statement).filter(JsonValue::isString).map(v -> v.getAsString().value()).ifPresent(out::add);
        }
        return out;
    }

    /** The object values of the non-deprecated statements of a property. */
    private static List<JsonObject> values(JsonObject claims, String property) {
        return JsonLib.objects(claims, property).stream()
                .map(GetEntities::datavalue).flatMap(Optional::stream)
                .filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }

    private static Optional<JsonValue> datavalue(JsonObject statement) {
        if (JsonLib.string(statement, "rank").filter("deprecated"::equals).isPresent()) {
            return Optional.empty();
        }
        return JsonLib.object(statement, "mainsnak")
                .filter(s -> JsonLib.string(s, "snaktype").orElse("value").equals("value"))
                .flatMap(s -> JsonLib.object(s, "datavalue"))
                .map(d -> d.get("value"));
    }
}
