package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times SPARQL queries through a running Fuseki endpoint over HTTP, as a client sees them. */
final class QueryTimer {
    /** Median and 95th percentile of the timed runs, and the rows of the last answer. */
    record Timing(double p50Millis, double p95Millis, int status, long bytes) {}

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
        int status = 0;
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - t) / 1e6);
            status = r.statusCode();
            bytes = r.body().length;
        }
        Collections.sort(millis);
        return new Timing(percentile(millis, 50), percentile(millis, 95), status, bytes);
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
