package org.w3id.cadregraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.cli.StoreOptions;
import org.w3id.cadregraph.store.SmallStore;

/** The served store over loopback HTTP: union default graph, read-only, UI at {@code /}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FusekiLauncherTest {
    private static final String LABELS =
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT DISTINCT ?name WHERE { ?p a <" + SmallStore.CG + "Official> ; rdfs:label ?name } ORDER BY ?name";
    private static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private FusekiLauncher launcher;
    private FusekiServer server;
    private Path db;
    private String base;

    @BeforeAll
    void startServer(@TempDir Path dir) {
        db = dir.resolve("db");
        SmallStore.create(db);
        launcher = new FusekiLauncher(ServerConfig.read(ServerConfig.DEFAULT_FILE), db, 0);
        server = launcher.start();
        base = "http://localhost:" + server.getPort();
    }

    @AfterAll
    void stopServer() {
        if (launcher != null) {
            launcher.stop();
        }
    }

    @Test
    void queryWithoutGraphClauseSeesEveryReportGraph() throws Exception {
        HttpResponse<String> response = select(FusekiLauncher.SPARQL_ENDPOINT, LABELS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines()).containsExactly("name", "Chen Min'er", "Huai Jinpeng", "Li Qiang");
    }

    @Test
    void queryEndpointIsTheSameService() throws Exception {
        HttpResponse<String> response = select("/cadregraph/query", LABELS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines()).hasSize(4);
    }

    @Test
    void graphStoreReadReturnsOneReportGraph() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/cadregraph/get?graph="
                        + encode(SmallStore.REPORT_B.getURI())))
                .header("Accept", "application/n-triples").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines()).hasSize(SmallStore.B.size());
    }

    @Test
    void refusesEveryWayToWrite() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        List<HttpRequest.Builder> writes = List.of(
                post("/cadregraph/sparql", "application/sparql-update", insert),
                post("/cadregraph/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                post("/cadregraph/update", "application/sparql-update", insert),
                post("/cadregraph", "application/sparql-update", insert),
                post("/cadregraph/data?default", "text/turtle", turtle),
                post("/cadregraph/get?default", "text/turtle", turtle),
                post("/cadregraph/upload", "text/turtle", turtle),
                HttpRequest.newBuilder(uri("/cadregraph/get?graph=urn:x:g"))
                        .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString(turtle)),
                HttpRequest.newBuilder(uri("/cadregraph/get?graph=" + encode(SmallStore.REPORT_A.getURI())))
                        .DELETE(),
                HttpRequest.newBuilder(uri("/$/datasets?dbName=x&dbType=mem"))
                        .POST(BodyPublishers.noBody()));

        for (HttpRequest.Builder write : writes) {
            HttpResponse<String> response = send(write);
            assertThat(response.statusCode())
                    .as("%s %s", response.request().method(), response.request().uri())
                    .isBetween(400, 499);
        }
        HttpResponse<String> count = select(FusekiLauncher.SPARQL_ENDPOINT, COUNT_QUADS);
        assertThat(count.body().lines()).containsExactly("n", String.valueOf(SmallStore.A.size() + SmallStore.B.size()));
    }

    @Test
    void servesTheFusekiUiAtTheRoot() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Apache Jena Fuseki UI</title>", "<div id=\"app\">");
    }

    @Test
    void answersTheStatusCallsTheUiMakes() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/$/ping")).GET()).statusCode()).isEqualTo(200);
        HttpResponse<String> server = send(HttpRequest.newBuilder(uri("/$/server")).GET());
        assertThat(server.statusCode()).isEqualTo(200);
        assertThat(server.body()).contains("\"/cadregraph\"", "\"sparql\"").doesNotContain("\"update\"");
    }

    @Test
    void theUiShowsCadregraphsVersionBesideFusekis() throws Exception {
        HttpResponse<String> status = send(HttpRequest.newBuilder(uri("/$/server")).GET());

        assertThat(status.body()).containsPattern("\"version\" : \"cadregraph [^\"]+ \\(Apache Jena Fuseki 5\\.[0-9.]+\\)\"");
        assertThat(status.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void localhostBindsTheLoopbackInterfaceOnly(@TempDir Path dir) {
        FusekiLauncher local = new FusekiLauncher(ServerConfig.read(ServerConfig.DEFAULT_FILE),
                ServerSettings.of(db, 0).withLocalhost(true));
        try {
            FusekiServer started = local.start();
            ServerAddress address = ServerAddress.of(started);

            assertThat(((ServerConnector) started.getJettyServer().getConnectors()[0]).getHost()).isEqualTo("localhost");
            assertThat(address.base().getHost()).isIn("127.0.0.1", "[0:0:0:0:0:0:0:1]");
            assertThat(ServerAddress.of(server).base().getHost()).isEqualTo("127.0.0.1");
        } finally {
            local.stop();
        }
    }

    @Test
    void theAddressFileNamesTheRunningServer(@TempDir Path dir) {
        ServerAddress address = ServerAddress.of(server);
        address.writeTo(dir);

        assertThat(ServerAddress.readFrom(dir)).contains(address);
        assertThat(address.isAlive()).isTrue();
        assertThat(address.sparqlEndpoint().toString()).endsWith(":" + server.getHttpPort() + "/cadregraph/sparql");
        new ServerAddress(address.base(), address.pid() + 1).deleteFrom(dir);
        assertThat(ServerAddress.readFrom(dir)).as("another server's delete leaves it").isPresent();
        address.deleteFrom(dir);
        assertThat(ServerAddress.readFrom(dir)).isEmpty();
    }

    @Test
    void queryEndpointsCarryATimeout() {
        var endpoints = server.getDataAccessPointRegistry().get(FusekiLauncher.DATASET).getDataService().getEndpoints();

        assertThat(endpoints).extracting(Endpoint::getName).containsExactlyInAnyOrder("sparql", "query", "get");
        assertThat(endpoints).filteredOn(e -> !e.getName().equals("get"))
                .allSatisfy(e -> assertThat(e.getContext().getAsString(ARQ.queryTimeout)).isEqualTo("30000"));
    }

    @Test
    void startServerUsesTheDefaultConfigWhenGivenNone() throws Exception {
        FusekiServer second = FusekiLauncher.startServer(db, 0, null);
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(second.datasetURL(FusekiLauncher.SPARQL_ENDPOINT) + "?query=" + encode(LABELS)))
                    .header("Accept", "text/csv").GET());
            assertThat(response.body().lines()).hasSize(4);
        } finally {
            second.stop();
        }
    }

    @Test
    void configLocationIsTheCliDefault() {
        assertThat(ServerConfig.read(ServerConfig.DEFAULT_FILE).location()).isEqualTo(StoreOptions.DEFAULT_DB);
    }

    @Test
    void bundledConfigIsTheFile() throws IOException {
        // Compared as text: parsed, the two differ by the base IRI of <#service>.
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ServerConfig.BUNDLED_RESOURCE)) {
            assertThat(in).as("bundled config").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(ServerConfig.DEFAULT_FILE));
        }
        assertThat(ServerConfig.bundled().location()).isEqualTo(StoreOptions.DEFAULT_DB);
    }

    @Test
    void withLocationReplacesOnlyTheLocation(@TempDir Path dir) {
        ServerConfig config = ServerConfig.read(ServerConfig.DEFAULT_FILE);
        ServerConfig moved = config.withLocation(dir.resolve("elsewhere"));

        assertThat(moved.location()).isEqualTo(dir.resolve("elsewhere").toAbsolutePath().toString());
        assertThat(moved.model().size()).isEqualTo(config.model().size());
        assertThat(config.location()).isEqualTo(StoreOptions.DEFAULT_DB);
    }

    private HttpResponse<String> select(String endpoint, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(endpoint + "?query=" + encode(query)))
                .header("Accept", "text/csv").GET());
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // A client per request: Jetty may close a connection after refusing a write, and a pooled connection
        // reused after that fails with "header parser received no bytes" (a race in the test, not the server).
        return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
