package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.serve.ServerAddress;
import org.w3id.cadregraph.serve.ServerConfig;
import org.w3id.cadregraph.store.SmallStore;

/**
 * {@code serve} in its own JVM with a 64 MB heap and a 3 s query timeout: a query that would hold more rows
 * than the heap takes does not take the server down. Before sorts spilled to disk, the sort of a cross product
 * ran out of heap before the timeout, and the OutOfMemoryError in a Jetty thread ended the process (exit 6).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServeOnSmallHeapTest {
    /** 11 quads to the 8th power: 2 * 10^8 rows of 24 variables, far more than 64 MB, and sorted. */
    private static final String SORTED_CROSS_PRODUCT = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
            + "?m ?n ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x } ORDER BY ?a ?x";

    private Path log;
    private Process server;
    private URI endpoint;

    @BeforeAll
    void serveOnASmallHeap(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        SmallStore.create(db);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()), true);
        Path config = Files.writeString(dir.resolve("config.ttl"),
                Files.readString(ServerConfig.DEFAULT_FILE).replace("\"30000\"", "\"3000\""));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        log = dir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(java, "-Xmx64m", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), CadregraphCommand.class.getName(),
                "serve", "--db", db.toString(), "--port", "0", "--localhost", "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (ServerAddress.readFrom(db).isEmpty()) {
            assertThat(server.isAlive()).as("server died: %s", Files.readString(log)).isTrue();
            assertThat(Instant.now()).as("server did not start").isBefore(giveUp);
            Thread.sleep(200);
        }
        endpoint = ServerAddress.readFrom(db).orElseThrow().sparqlEndpoint();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSortedCrossProductIsStoppedByTheTimeoutAndTheServerGoesOn() throws Exception {
        HttpResponse<String> sorted = ask(SORTED_CROSS_PRODUCT);
        HttpResponse<String> next = ask("ASK {}");

        assertThat(sorted.statusCode()).as(Files.readString(log)).isEqualTo(503);
        assertThat(sorted.body()).contains("timed out");
        assertThat(server.isAlive()).as(Files.readString(log)).isTrue();
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("true");
    }

    private HttpResponse<String> ask(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
