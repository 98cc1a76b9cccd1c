package org.w3id.cadregraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.store.SmallStore;

/**
 * Server-side request forgery: a query naming a local URL in SERVICE must not make the server fetch it. The
 * target is a real HTTP server on loopback that counts what reaches it and answers like a SPARQL endpoint.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FederationTest {
    private static final String RESULTS = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
            + "[{\"x\":{\"type\":\"literal\",\"value\":\"from the remote endpoint\"}}]}}";

    @TempDir
    Path dir;
    private HttpServer target;
    private final AtomicInteger hits = new AtomicInteger();
    private final List<FusekiLauncher> launchers = new ArrayList<>();

    @BeforeEach
    void startTarget() throws IOException {
        SmallStore.create(dir.resolve("db"));
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = RESULTS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        target.start();
    }

    @AfterEach
    void stop() {
        launchers.forEach(FusekiLauncher::stop);
        target.stop(0);
    }

    private String targetUrl(String host) {
        return "http://" + host + ":" + target.getAddress().getPort() + "/sparql";
    }

    private HttpResponse<String> serviceQuery(Federation federation, Predicate<InetAddress> reachable, String url,
                                              String silent) throws Exception {
        return serviceQuery(federation, reachable, url, silent, 60_000);
    }

    /** {@code timeoutMillis}: the query timeout; generous but where the test is about the timeout (a busy CI machine). */
    private HttpResponse<String> serviceQuery(Federation federation, Predicate<InetAddress> reachable, String url,
                                              String silent, long timeoutMillis) throws Exception {
        FusekiLauncher launcher = new FusekiLauncher(TestServers.configWithTimeout(dir, timeoutMillis),
                ServerSettings.of(dir.resolve("db"), 0).withFederation(federation), ConnectionLimits.defaults(), reachable);
        launchers.add(launcher);
        String base = "http://localhost:" + launcher.start().getHttpPort();
        return TestServers.send(TestServers.query(base, "SELECT * { SERVICE " + silent + "<" + url + "> { ?s ?p ?x } }"));
    }

    private HttpResponse<String> serviceQuery(Federation federation, String url) throws Exception {
        return serviceQuery(federation, PublicAddresses::isPublic, url, "");
    }

    @Test
    void federationIsOffByDefaultAndTheTargetIsNeverAsked() throws Exception {
        HttpResponse<String> response = serviceQuery(Federation.off(), targetUrl("127.0.0.1"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("federated queries (SERVICE) are off", "--federation");
        assertThat(hits).hasValue(0);
    }

    @Test
    void silentDoesNotGetRoundTheRefusal() throws Exception {
        HttpResponse<String> response = serviceQuery(Federation.off(), PublicAddresses::isPublic, targetUrl("127.0.0.1"), "SILENT ");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(hits).hasValue(0);
    }

    @Test
    void onlyListedEndpointsAreAllowed() throws Exception {
        HttpResponse<String> response = serviceQuery(Federation.allow(List.of()), targetUrl("127.0.0.1"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("is not among the endpoints", Federation.WIKIDATA_QUERY_SERVICE_TEXT);
        assertThat(hits).hasValue(0);
    }

    @Test
    void loopbackIsRefusedEvenWhenListed() throws Exception {
        for (String host : List.of("127.0.0.1", "localhost", "[::1]")) {
            String url = targetUrl(host);

            HttpResponse<String> response = serviceQuery(Federation.allow(List.of(URI.create(url))), url);

            assertThat(response.statusCode()).as(host).isEqualTo(422);
            assertThat(response.body()).as(host).contains("loopback, link-local or private address");
        }
        assertThat(hits).hasValue(0);
    }

    @Test
    void theListMatchesSchemeHostPortAndPath() {
        Federation wdqs = Federation.allow(List.of());

        assertThat(wdqs.allows(URI.create("https://query.wikidata.org/sparql"))).isTrue();
        assertThat(wdqs.allows(URI.create("https://QUERY.wikidata.org:443/sparql?format=json"))).isTrue();
        assertThat(wdqs.allows(URI.create("http://query.wikidata.org/sparql"))).isFalse();
        assertThat(wdqs.allows(URI.create("https://query.wikidata.org:8443/sparql"))).isFalse();
        assertThat(wdqs.allows(URI.create("https://query.wikidata.org/other"))).isFalse();
        assertThat(wdqs.allows(URI.create("https://query.wikidata.org.evil.example/sparql"))).isFalse();
        assertThat(Federation.off().allows(URI.create("https://query.wikidata.org/sparql"))).isFalse();
    }

    @Test
    void anAllowedReachableEndpointIsQueried() throws Exception {
        // Loopback stands in for a public endpoint here: the only way to see the guarded call go through.
        String url = targetUrl("127.0.0.1");

        HttpResponse<String> response = serviceQuery(Federation.allow(List.of(URI.create(url))), a -> true, url, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("from the remote endpoint");
        assertThat(hits).hasValue(1);
    }

    @Test
    void anEndpointThatNeverAnswersIsDroppedWhenTheQueryTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";   // accepts, never answers

            HttpResponse<String> response = serviceQuery(Federation.allow(List.of(URI.create(url))), a -> true, url, "", 2000);

            assertThat(response.statusCode()).isBetween(500, 599);
        }
    }
}
