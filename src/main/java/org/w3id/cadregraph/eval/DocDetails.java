package org.w3id.cadregraph.eval;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The errors in one report, as score.py's per-document details: officials predicted but not in the gold
 * and missed, title errors, attendances (as Python prints a {@code (meeting, name)} tuple), dates and hosts.
 */
public record DocDetails(String doc, boolean missingGraph, List<String> officialsFp, List<String> officialsFn,
                         List<TitleError> titleErrors, List<String> attendedFp, List<String> attendedFn,
                         List<DateError> dateErrors, List<HostError> hostErrors) {

    /** @param kind FP or FN */
    public record TitleError(String kind, String official, String title) {}

    /** @param meeting a gold meeting id, or "unaligned"; @param predicted and @param gold may be null */
    public record DateError(String meeting, String predicted, String gold) {}

    /** @param predicted the labels of each predicted host; @param gold the gold host names */
    public record HostError(List<List<String>> predicted, List<String> gold) {}

    /** The details in score.py's JSON form; dates and hosts appear only when they have errors. */
    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("doc", doc);
        o.put("missing_graph", missingGraph);
        o.put("officials_fp", strings(officialsFp));
        o.put("officials_fn", strings(officialsFn));
        JsonArray titles = new JsonArray();
        titleErrors.forEach(e -> titles.add(strings(List.of(e.kind(), e.official(), e.title()))));
        o.put("title_errors", titles);
        o.put("attended_fp", strings(attendedFp));
        o.put("attended_fn", strings(attendedFn));
        if (!dateErrors.isEmpty()) {
            JsonArray dates = new JsonArray();
            dateErrors.forEach(e -> dates.add(array(string(e.meeting()), string(e.predicted()), string(e.gold()))));
            o.put("date_errors", dates);
        }
        if (!hostErrors.isEmpty()) {
            JsonArray hosts = new JsonArray();
            for (HostError e : hostErrors) {
                JsonArray predicted = new JsonArray();
                e.predicted().forEach(labels -> predicted.add(strings(labels)));
                hosts.add(array(predicted, strings(e.gold())));
            }
            o.put("host_errors", hosts);
        }
        return o;
    }

    private static JsonArray strings(List<String> strings) {
        JsonArray a = new JsonArray();
        strings.forEach(a::add);
        return a;
    }

    private static JsonArray array(JsonValue... values) {
        JsonArray a = new JsonArray();
        a.addAll(List.of(values));
        return a;
    }

    private static JsonValue string(String s) {
        return s == null ? JsonNull.instance : new JsonString(s);
    }
}
