package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.graph.Prov;
import org.w3id.cadregraph.store.TdbStore;

/**
 * Report texts are hostile input: names, titles and sentences holding markup, script and quotes are
 * printed as text on every page, and links never take a {@code javascript:} target.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {
    private static final String SCRIPT = "<script>document.title='pwned'</script>";
    private static final String NAME = "Li \"Qiang\" " + SCRIPT;
    private static final String SENTENCE = "Li \"Qiang\" <img src=x onerror=alert(1)> attended the </q></td><b>meeting</b>.";
    private static final String MEETING = "'\"><svg onload=alert(1)> forum";
    private static final String HEADLINE = "</title><script>alert(1)</script>";

    private static final Node GRAPH = Iris.graph("evil");
    private static final Node REPORT = Iris.report("evil");
    private static final Node LI = Iris.official("li-qiang");
    private static final Node CHEN = Iris.official("chen");
    private static final Node M = Iris.meeting("evil", "m1");
    private static final Node TITLE = Iris.title("evil", "li-qiang", "t");
    private static final Node EVIDENCE = Iris.evidence("evil", 0);
    private static final Node FACT = Iris.assertion("evil", LI, CG.attended, M);

    private SampleServer server;

    @BeforeAll
    void start(@TempDir Path dir) {
        Path db = dir.resolve("db");
        List<Quad> quads = List.of(
                q(GRAPH, RDF.Nodes.type, CG.ReportGraph), q(GRAPH, Prov.wasDerivedFrom, REPORT),
                q(GRAPH, CG.sourceFile, text("<b>evil</b>.txt")),
                q(REPORT, RDF.Nodes.type, CG.Report), q(REPORT, NodeFactory.createURI("http://purl.org/dc/terms/title"), text(HEADLINE)),
                q(LI, RDF.Nodes.type, CG.Official), q(LI, RDFS.Nodes.label, text(NAME)),
                q(LI, OWL.sameAs.asNode(), NodeFactory.createURI("javascript:alert(1)")),
                q(LI, CG.attended, M), q(LI, CG.holdsTitle, TITLE),
                q(CHEN, RDF.Nodes.type, CG.Official), q(CHEN, RDFS.Nodes.label, text("Chen </script> Min")),
                q(CHEN, CG.attended, M),
                q(TITLE, RDF.Nodes.type, CG.Title), q(TITLE, RDFS.Nodes.label, text("Mayor " + SCRIPT)),
                q(TITLE, CG.asOf, NodeFactory.createLiteralDT("2023-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)),
                q(TITLE, CG.evidence, EVIDENCE),
                q(M, RDF.Nodes.type, CG.Meeting), q(M, RDFS.Nodes.label, text(MEETING)),
                q(M, CG.date, NodeFactory.createLiteralDT("2023-01-02", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)),
                q(M, CG.evidence, EVIDENCE),
                q(EVIDENCE, RDF.Nodes.type, CG.Evidence), q(EVIDENCE, CG.sentenceText, text(SENTENCE)),
                q(EVIDENCE, CG.fromReport, REPORT),
                q(FACT, RDF.Nodes.type, CG.Assertion), q(FACT, RDF.Nodes.subject, LI), q(FACT, RDF.Nodes.predicate, CG.attended),
                q(FACT, RDF.Nodes.object, M), q(FACT, CG.evidence, EVIDENCE));
        try (TdbStore store = TdbStore.open(db)) {
            store.replaceReportGraph(GRAPH, out -> quads.forEach(out::quad));
        }
        server = SampleServer.serve(db);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPagePrintsTheHostileTextsAsText() {
        for (String path : List.of(IdMapping.path(LI.getURI()).orElseThrow(), IdMapping.path(M.getURI()).orElseThrow(),
                IdMapping.path(REPORT.getURI()).orElseThrow(), IdMapping.path(TITLE.getURI()).orElseThrow(),
                IdMapping.path(EVIDENCE.getURI()).orElseThrow(), "/search?q=li+qiang", "/search?q=forum", "/network")) {
            HttpResponse<String> response = server.get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document doc = Jsoup.parse(response.body());
            assertThat(doc.select("script")).as(path).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/assets/"));
            assertThat(doc.select("img, svg[onload], b")).as(path).isEmpty();
            assertThat(doc.getAllElements()).as(path).allSatisfy(e -> e.attributes().forEach(
                    a -> assertThat(a.getKey()).doesNotStartWith("on")));
            assertThat(doc.select("a")).as(path).allSatisfy(a -> assertThat(a.attr("href")).doesNotStartWith("javascript"));
        }
        Document official = Jsoup.parse(server.get(IdMapping.path(LI.getURI()).orElseThrow()).body());
        assertThat(official.selectFirst("h1").text()).isEqualTo(NAME);
        assertThat(official.title()).isEqualTo(NAME + " · cadregraph");
        assertThat(official.select("#posts td").eachText()).contains("Mayor " + SCRIPT);
        assertThat(official.select("#meetings td.evidence").text()).isEqualTo(SENTENCE);
        assertThat(official.select("#meetings a").eachText()).contains(MEETING);
        // An owl:sameAs that is no Wikidata item is not offered as one, and never as a link.
        assertThat(official.select(".wikidata")).isEmpty();
        Document report = Jsoup.parse(server.get(IdMapping.path(REPORT.getURI()).orElseThrow()).body());
        assertThat(report.selectFirst("h1").text()).isEqualTo(HEADLINE);
        assertThat(report.select("dl.facts code").eachText()).contains("<b>evil</b>.txt");
    }

    @Test
    void parametersThatAreNotUtf8PercentEncodingAreTheClientsError() {
        // escapes that decode to bytes that are not UTF-8 (a bare "%" or "%G1" Java's URI will not even send; Jetty
        // answers those the same way)
        for (String path : List.of("/search?q=%FF%FE", "/search?q=%ED%A0%80", "/network?from=%FF", "/network/data?region=%C3",
                "/cadregraph/sparql?query=%FF")) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(400);
        }
        HttpResponse<String> form = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/cadregraph/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=%FF")));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(server.get("/search?q=%C3%A9").statusCode()).isEqualTo(200);
    }

    @Test
    void theNetworkCarriesNamesAsJsonStrings() {
        JsonObject json = JSON.parse(server.get("/network/data").body());

        assertThat(json.get("nodes").getAsArray()).extracting(n -> n.getAsObject().get("label").getAsString().value())
                .containsExactlyInAnyOrder(NAME, "Chen </script> Min");
    }

    @Test
    void theSearchQueryIsEchoedAsText() {
        String query = "\"><script>alert(1)</script>";
        Document doc = Jsoup.parse(server.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body());

        assertThat(doc.select("script")).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/assets/"));
        assertThat(doc.selectFirst("input#q").attr("value")).isEqualTo(query);
    }

    private static Quad q(Node s, Node p, Node o) {
        return Quad.create(GRAPH, s, p, o);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
