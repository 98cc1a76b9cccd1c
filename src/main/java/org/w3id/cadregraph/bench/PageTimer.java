package org.w3id.cadregraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the pages of a running server as a browser gets them: a sample of the official, meeting,
 * organization, region and report pages (the resources with the most facts among them, so the sample
 * leans to the heavy end), the search, and the network page and its data, unfiltered and by region.
 *
 * <pre>
 *   new PageTimer(URI.create("http://localhost:3030"), 20).timeAll((kind, timing) -> …);
 * </pre>
 */
final class PageTimer {
    private static final Logger log = LoggerFactory.getLogger(PageTimer.class);
    /**
     * Median and 95th percentile over all timed requests of one kind of page, the slowest first request (which
     * builds what the server then keeps: the search index, a network), the pages timed, and the statuses.
     */
    record Timing(double p50Millis, double p95Millis, double firstMillis, int pages, int requests, String statuses) {}

    /** Receives one kind's timing. */
    interface Sink {
        void timing(String kind, Timing timing, String example);
    }

    private static final int PAGES_PER_KIND = 5;
    /** The most-described resources of a class, a sample that leans to the heavy pages. */
    private static final String HEAVIEST = """
            SELECT ?r (COUNT(*) AS ?n) WHERE { ?r a <%s> . ?r ?p ?o } GROUP BY ?r ORDER BY DESC(?n) ?r LIMIT %d""";
    /** Any resources of a class: one index range, whatever the store's size. */
    private static final String FIRST = "SELECT ?r WHERE { ?r a <%s> } LIMIT %d";
    private static final String CG = "https://w3id.org/cadregraph/ontology#";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final int runs;

    /**
     * @param base the server, {@code http://localhost:PORT}
     * @param runs timed requests per page, after one warm-up request
     */
    PageTimer(URI base, int runs) {
        this.base = base;
        this.runs = runs;
    }

    void timeAll(Sink sink) throws IOException, InterruptedException {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("official", heaviest("Official"));
        pages.put("meeting", heaviest("Meeting"));
        pages.put("organization", heaviest("Organization"));
        pages.put("region", heaviest("Region"));
        pages.put("report", heaviest("Report"));
        pages.put("search", List.of("/search?q=wang", "/search?q=zhang+wei", "/search?q=Education",
                "/search?q=" + URLEncoder.encode("Huái Jìnpéng", StandardCharsets.UTF_8)));
        String region = heaviest("Region").stream().skip(1).findFirst().orElse("");
        String regionIri = "https://w3id.org/cadregraph" + region;
        String byRegion = region.isEmpty() ? "" : "?region=" + URLEncoder.encode(regionIri, StandardCharsets.UTF_8);
        pages.put("network page", List.of("/network", "/network" + byRegion));
        pages.put("network data", List.of("/network/data", "/network/data" + byRegion));
        for (Map.Entry<String, List<String>> kind : pages.entrySet()) {
            if (!kind.getValue().isEmpty()) {
                sink.timing(kind.getKey(), time(kind.getValue()), kind.getValue().get(0));
            }
        }
    }

    /**
     * Waits until the search answers (it answers 503 while the server reads its name index, in the background from
     * the first page request) and gives the milliseconds from the first request. Timed first, so that the other pages
     * are not timed while that read takes a core (on the 100,000-report store 20 s quiet, minutes under load).
     *
     * @throws IOException when the search still answers 503 after {@code limit}, or answers another error
     */
    double awaitSearchIndex(Duration limit, Duration poll) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/search?q=wang")).header("Accept", "text/html")
                .timeout(Duration.ofMinutes(2)).GET().build();
        long t0 = System.nanoTime();
        while (true) {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            double millis = (System.nanoTime() - t0) / 1e6;
            if (status == 200) {
                return millis;
            }
            if (status != 503 || millis > limit.toMillis()) {
                throw new IOException("the search did not answer within " + limit + ": HTTP " + status);
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /**
     * The server paths of the most-described resources of a class; where counting every resource's facts takes
     * longer than the endpoint allows (a large store on a busy machine), the first resources the store lists.
     */
    private List<String> heaviest(String localClass) throws IOException, InterruptedException {
        HttpResponse<String> response = select(String.format(Locale.ROOT, HEAVIEST, CG + localClass, PAGES_PER_KIND));
        if (response.statusCode() != 200) {
            log.warn("page sample: the {} pages with the most facts could not be found (HTTP {}): timing the first {} "
                    + "the store lists", localClass.toLowerCase(Locale.ROOT), response.statusCode(), PAGES_PER_KIND);
            response = select(String.format(Locale.ROOT, FIRST, CG + localClass, PAGES_PER_KIND));
            if (response.statusCode() != 200) {
                throw new IOException("the server did not list its " + localClass + " resources: HTTP "
                        + response.statusCode() + " " + response.body().strip());
            }
        }
        JsonArray rows = JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray();
        List<String> paths = new ArrayList<>();
        for (JsonValue row : rows) {
            String iri = ((JsonObject) row).get("r").getAsObject().get("value").getAsString().value();
            paths.add(URI.create(iri).getRawPath().replaceFirst("^/cadregraph", ""));
        }
        return paths;
    }

    private HttpResponse<String> select(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/cadregraph/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(query)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Timing time(List<String> paths) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        double first = 0;
        for (String path : paths) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                    .timeout(Duration.ofMinutes(2)).GET().build();
            long t0 = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.discarding());
            first = Math.max(first, (System.nanoTime() - t0) / 1e6);
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis.add((System.nanoTime() - t) / 1e6);
                statuses.merge(r.statusCode(), 1, Integer::sum);
            }
        }
        Collections.sort(millis);
        List<String> codes = new ArrayList<>();
        statuses.forEach((code, n) -> codes.add("HTTP " + code + " ×" + n));
        return new Timing(QueryTimer.percentile(millis, 50), QueryTimer.percentile(millis, 95), first, paths.size(),
                millis.size(), String.join(", ", codes));
    }
}
