package org.w3id.cadregraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Servers for the serve tests: the shipped configuration with another query timeout, and plain HTTP calls. */
final class TestServers {
    private TestServers() {}

    /** {@link ServerConfig#DEFAULT_FILE} with every {@code arq:queryTimeout} set to {@code millis}, written into {@code dir}. */
    static ServerConfig configWithTimeout(Path dir, long millis) {
        try {
            String text = Files.readString(ServerConfig.DEFAULT_FILE).replace("\"30000\"", "\"" + millis + "\"");
            return ServerConfig.read(Files.writeString(dir.resolve("config-" + millis + ".ttl"), text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SPARQL query by GET, asking for JSON results. */
    static HttpRequest query(String base, String query) {
        return HttpRequest.newBuilder(URI.create(base + FusekiLauncher.SPARQL_ENDPOINT + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
