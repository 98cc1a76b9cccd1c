package org.w3id.cadregraph.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.w3id.cadregraph.cli.CadregraphCommand;
import org.w3id.cadregraph.cli.ExitCodes;
import org.w3id.cadregraph.serve.FusekiLauncher;
import org.w3id.cadregraph.serve.ServerConfig;

/**
 * The server as a user runs it: the sample reports built into a TDB2 store by the {@code build}
 * command, served by the same launcher as {@code serve}, on a free port.
 */
final class SampleServer implements AutoCloseable {
    private final FusekiLauncher launcher;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SampleServer(FusekiLauncher launcher, int port) {
        this.launcher = launcher;
        this.base = "http://localhost:" + port;
    }

    /** Builds {@code samples/} into {@code dir/db} and serves it. */
    static SampleServer start(Path dir) {
        return serve(build(dir));
    }

    /** Builds {@code samples/} into {@code dir/db}, as a user does; returns the store. */
    static Path build(Path dir) {
        Path db = dir.resolve("db");
        StringWriter err = new StringWriter();
        int code = CadregraphCommand.commandLine().setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("build", "samples", "--db", db.toString(), "-q");
        // The samples include an empty report, rejected on purpose: exit 1, the others stored.
        if (code != ExitCodes.OK && code != ExitCodes.REPORTS_REJECTED) {
            throw new IllegalStateException("building the samples failed with exit " + code + ": " + err);
        }
        return db;
    }

    /** Serves an existing store. */
    static SampleServer serve(Path db) {
        FusekiLauncher launcher = new FusekiLauncher(ServerConfig.readDefault(), db, 0)
                .add(builder -> WebPages.addTo(builder, FusekiLauncher.DATASET));
        return new SampleServer(launcher, launcher.start().getPort());
    }

    String base() {
        return base;
    }

    String url(String path) {
        return base + path;
    }

    HttpResponse<String> get(String path) {
        return get(path, null);
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The one IRI a SELECT query of one variable gives, asked of the server's SPARQL endpoint. */
    String iri(String select) {
        HttpResponse<String> response = get("/cadregraph/sparql?query="
                + java.net.URLEncoder.encode(select, StandardCharsets.UTF_8), "text/csv");
        java.util.List<String> rows = response.body().lines().skip(1).map(String::strip).toList();
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one IRI, got " + rows + " for " + select);
        }
        return rows.get(0);
    }

    /** The server path of the meeting with this label. */
    String meeting(String label) {
        return IdMapping.path(iri("SELECT ?m WHERE { ?m a <https://w3id.org/cadregraph/ontology#Meeting> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"" + label + "\" }")).orElseThrow();
    }

    /** The server path of the report read from this file. */
    String report(String sourceFile) {
        return IdMapping.path(iri("SELECT ?r WHERE { GRAPH ?g { ?g <https://w3id.org/cadregraph/ontology#sourceFile> \""
                + sourceFile + "\" ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?r } }")).orElseThrow();
    }

    /** The server path of the named graph of the report read from this file. */
    String graph(String sourceFile) {
        return IdMapping.path(iri("SELECT ?g WHERE { GRAPH ?g { ?g <https://w3id.org/cadregraph/ontology#sourceFile> \""
                + sourceFile + "\" } }")).orElseThrow();
    }

    @Override
    public void close() {
        launcher.stop();
    }
}
