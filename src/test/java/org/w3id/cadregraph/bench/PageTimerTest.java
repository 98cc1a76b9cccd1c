package org.w3id.cadregraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The page sample when the endpoint cannot count every resource's facts in time (a 100,000-report store on a busy
 * machine answered 503, and the benchmark stopped with "Not a JSON object"): it times the first resources the store
 * lists instead, and says so; an endpoint that lists nothing is an error naming the status. An HTTP server of the
 * JDK stands for Fuseki's timeout, which the sample store is too small to reach.
 */
class PageTimerTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void whenTheHeaviestCannotBeCountedTheFirstListedAreTimed() throws Exception {
        URI base = serve(true);
        Map<String, String> examples = new LinkedHashMap<>();

        new PageTimer(base, 1).timeAll((kind, timing, example) -> {
            examples.put(kind, example);
            assertThat(timing.statuses()).as(kind).startsWith("HTTP 200");
        });

        assertThat(examples).containsEntry("official", "/id/x/first").containsEntry("report", "/id/x/first")
                .containsKeys("search", "network page", "network data");
    }

    @Test
    void anEndpointThatListsNothingIsAnErrorNamingTheStatus() throws Exception {
        URI base = serve(false);

        assertThatThrownBy(() -> new PageTimer(base, 1).timeAll((kind, timing, example) -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void theSearchIndexIsAwaitedUntilTheSearchAnswers() throws Exception {
        int[] searches = {0};
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search", exchange -> answer(exchange, ++searches[0] < 3 ? 503 : 200, "<html></html>"));
        server.start();
        PageTimer timer = new PageTimer(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), 1);

        assertThat(timer.awaitSearchIndex(java.time.Duration.ofMinutes(1), java.time.Duration.ofMillis(10))).isPositive();
        assertThat(searches[0]).isEqualTo(3);
        searches[0] = -1000;   // never ready
        assertThatThrownBy(() -> timer.awaitSearchIndex(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(10)))
                .isInstanceOf(IOException.class).hasMessageContaining("HTTP 503");
    }

    /** Counting queries answer 503; listing queries answer one resource when {@code lists}; pages answer 200. */
    private URI serve(boolean lists) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cadregraph/sparql", exchange -> {
            String query = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (query.contains("COUNT") || !lists) {
                answer(exchange, 503, "Query timed out");
            } else {
                answer(exchange, 200, """
                        {"head":{"vars":["r"]},"results":{"bindings":[
                          {"r":{"type":"uri","value":"https://w3id.org/cadregraph/id/x/first"}}]}}""");
            }
        });
        server.createContext("/", exchange -> answer(exchange, 200, "<html></html>"));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
