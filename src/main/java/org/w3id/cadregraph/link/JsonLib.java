package org.w3id.cadregraph.link;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Lenient reads of Jena JSON values: a missing or wrongly typed member is empty, never an exception. */
final class JsonLib {
    private JsonLib() {}

    /**
     * Parses a JSON object. Jena's parser can fail on truncated input with an unchecked exception other
     * than {@link JsonException} (a NullPointerException at end of input inside an array), so every
     * failure is turned into a {@link JsonException} here and callers catch one type.
     */
    static JsonObject parseObject(String text) {
        try {
            return JSON.parse(text);
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JsonException("unparseable JSON (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? Optional.of(v.getAsString().value()) : Optional.empty();
    }

    static Optional<JsonObject> object(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isObject() ? Optional.of(v.getAsObject()) : Optional.empty();
    }

    static List<JsonValue> array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isArray() ? v.getAsArray() : List.of();
    }

    static List<JsonObject> objects(JsonObject o, String key) {
        return array(o, key).stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }
}
