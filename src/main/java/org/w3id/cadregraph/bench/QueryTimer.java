package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Times SPARQL queries through a running Fuseki endpoint over HTTP, as a client sees them. */
final class QueryTimer {
    /**
     * Median and 95th percentile of the timed runs, and the status, size and rows of the last answer ({@code rows}
     * -1 when it is no JSON result set: an error, an ASK).
     */
    record Timing(double p50Millis, double p95Millis, int status, long bytes, long rows) {}

    /** How long a parameter-choosing query may take (the endpoint's own limit usually comes first). */
    private static final Duration SELECT_TIMEOUT = Duration.ofMinutes(5);

    /** How long one request may take before the benchmark records it as unanswered. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    QueryTimer(URI endpoint) {
        this.endpoint = endpoint;
    }

    Timing time(String query, int warmups, int runs) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        for (int i = 0; i < warmups; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        List<Double> millis = new ArrayList<>();
        HttpResponse<byte[]> last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return new Timing(percentile(millis, 50), percentile(millis, 95), last.statusCode(), last.body().length,
                last.statusCode() == 200 ? rows(last.body()) : -1);
    }

    /**
     * The rows of a SELECT, each value by its variable (the lexical form of a literal, an IRI's string).
     *
     * @throws IOException when the endpoint answers an error (a timeout: 503)
     */
    List<Map<String, String>> select(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(SELECT_TIMEOUT)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " " + r.body().strip());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue binding : JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray()) {
            Map<String, String> row = new LinkedHashMap<>();
            JsonObject b = binding.getAsObject();
            for (String variable : b.keys()) {
                row.put(variable, b.get(variable).getAsObject().get("value").getAsString().value());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows of a JSON result set, -1 when it is none. */
    static long rows(byte[] json) {
        try {
            JsonValue results = JSON.parseAny(new String(json, StandardCharsets.UTF_8)).getAsObject().get("results");
            return results == null ? -1 : results.getAsObject().get("bindings").getAsArray().size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Waits until the endpoint answers, or the timeout passes. */
    boolean awaitUp(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            try {
                time("ASK {}", 0, 1);
                return true;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        return false;
    }

    static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
