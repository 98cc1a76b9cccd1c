package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.Iris;

/** Data IRIs resolved on the running server: HTML for people, RDF for programs, nothing written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DereferencingTest {
    private static final String HUAI = "https://w3id.org/cadregraph/id/official/huai-jinpeng";
    private static final String PATH = "/id/official/huai-jinpeng";

    private SampleServer server;

    @BeforeAll
    void start(@TempDir java.nio.file.Path dir) {
        server = SampleServer.start(dir);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void contentNegotiationGivesTurtleJsonLdNTriplesOrHtml() {
        Graph turtle = rdf(server.get(PATH, "text/turtle"), "text/turtle", Lang.TURTLE);
        Graph jsonld = rdf(server.get(PATH, "application/ld+json"), "application/ld+json", Lang.JSONLD);
        Graph ntriples = rdf(server.get(PATH, "application/n-triples"), "application/n-triples", Lang.NTRIPLES);

        assertThat(turtle.contains(NodeFactory.createURI(HUAI), RDFS.Nodes.label, NodeFactory.createLiteralString("Huai Jinpeng")))
                .isTrue();
        assertThat(IsoMatcher.isomorphic(turtle, jsonld)).isTrue();
        assertThat(IsoMatcher.isomorphic(turtle, ntriples)).isTrue();
        HttpResponse<String> html = server.get(PATH, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.headers().firstValue("Vary")).contains("Accept");
        assertThat(html.headers().firstValue("Content-Location")).contains(PATH + ".html");
        assertThat(server.get(PATH, "text/turtle").headers().firstValue("Content-Location")).contains(PATH + ".ttl");
    }

    @Test
    void suffixesGiveTheSameRepresentations() {
        Graph negotiated = rdf(server.get(PATH, "text/turtle"), "text/turtle", Lang.TURTLE);

        assertThat(IsoMatcher.isomorphic(negotiated, rdf(server.get(PATH + ".ttl", "text/html"), "text/turtle", Lang.TURTLE)))
                .isTrue();
        assertThat(IsoMatcher.isomorphic(negotiated,
                rdf(server.get(PATH + ".jsonld"), "application/ld+json", Lang.JSONLD))).isTrue();
        assertThat(IsoMatcher.isomorphic(negotiated,
                rdf(server.get(PATH + ".nt"), "application/n-triples", Lang.NTRIPLES))).isTrue();
        assertThat(server.get(PATH + ".html", "text/turtle").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @Test
    void theDescriptionHoldsWhatPointsAtTheResourceToo() {
        Graph meeting = rdf(server.get(server.meeting("ministry-province strategic cooperation meeting") + ".nt"), "application/n-triples", Lang.NTRIPLES);

        assertThat(meeting.contains(NodeFactory.createURI(HUAI),
                NodeFactory.createURI("https://w3id.org/cadregraph/ontology#attended"),
                NodeFactory.createURI(Iris.DATA + server.meeting("ministry-province strategic cooperation meeting").substring(IdMapping.PATH.length())))).isTrue();
    }

    @Test
    void aReportGraphNameGivesTheWholeGraph() {
        Graph graph = rdf(server.get(server.graph("moe-guizhou-cooperation.txt") + ".nt"), "application/n-triples", Lang.NTRIPLES);
        HttpResponse<String> gsp = server.get("/cadregraph/get?graph=" + URLEncoder.encode(
                Iris.DATA + server.graph("moe-guizhou-cooperation.txt").substring(IdMapping.PATH.length()), StandardCharsets.UTF_8), "application/n-triples");

        assertThat(IsoMatcher.isomorphic(graph, parse(gsp.body(), Lang.NTRIPLES))).isTrue();
    }

    @Test
    void everyDataIriOfTheStoreResolves() {
        HttpResponse<String> iris = server.get("/cadregraph/sparql?query=" + URLEncoder.encode("""
                SELECT DISTINCT ?i WHERE {
                  { GRAPH ?g { ?i ?p ?o } } UNION { GRAPH ?g { ?s ?p ?i } } UNION { GRAPH ?i { ?s ?p ?o } }
                  FILTER(isIRI(?i) && STRSTARTS(STR(?i), "https://w3id.org/cadregraph/id/"))
                }""", StandardCharsets.UTF_8), "text/csv");
        List<String> all = iris.body().lines().skip(1).map(String::strip).toList();
        assertThat(all).hasSizeGreaterThan(300);

        java.util.Map<String, Integer> pagesByKind = new java.util.HashMap<>();
        for (String iri : all) {
            String path = IdMapping.path(iri).orElseThrow();
            // A page for three resources of each kind (official, meeting, title, assertion…), RDF for all.
            String kind = path.split("/")[2];
            if (pagesByKind.merge(kind, 1, Integer::sum) <= 3) {
                HttpResponse<String> html = server.get(path, "text/html");
                assertThat(html.statusCode()).as(path).isEqualTo(200);
                assertThat(html.body()).as(path).contains("<h1>");
            }
            HttpResponse<String> nt = server.get(path, "application/n-triples");
            assertThat(nt.statusCode()).as(path).isEqualTo(200);
            assertThat(parse(nt.body(), Lang.NTRIPLES).size()).as(path).isPositive();
        }
    }

    @Test
    void notFoundIsNotFoundInEveryFormat() {
        HttpResponse<String> html = server.get("/id/official/no-such-person");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("The store says nothing about https://w3id.org/cadregraph/id/official/no-such-person");
        assertThat(server.get("/id/official/no-such-person", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAreReadOnly() {
        String countQuery = "/cadregraph/sparql?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        String before = server.get(countQuery, "text/csv").body();
        for (String path : List.of(PATH, "/search", "/network", "/network/data", "/assets/pages.css")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Content-Type", "text/turtle")
                        .method(method, BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")));
                assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
            }
        }
        assertThat(server.get(countQuery, "text/csv").body()).isEqualTo(before);
    }

    private static Graph rdf(HttpResponse<String> response, String mediaType, Lang lang) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        Graph graph = parse(response.body(), lang);
        assertThat(graph.size()).isPositive();
        return graph;
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }
}
