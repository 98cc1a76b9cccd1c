package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.network.NetworkDownloads;
import org.w3id.cadregraph.network.NetworkFormat;
import org.w3id.cadregraph.network.NetworkSummaryGraph;
import org.w3id.cadregraph.store.TdbStore;

/** The co-attendance network of the sample graph: its data, filters and downloads over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkPagesTest {
    private static final String ID = "https://w3id.org/cadregraph/id/";
    private SampleServer server;
    private java.nio.file.Path db;

    @BeforeAll
    void start(@TempDir java.nio.file.Path dir) {
        db = SampleServer.build(dir);
        server = SampleServer.serve(db);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theWholeNetworkHasEveryOfficialWhoAttendedAMeeting() {
        JsonObject json = data("");

        Set<String> attendees = select("SELECT DISTINCT ?o WHERE { ?o <https://w3id.org/cadregraph/ontology#attended> ?m }");
        assertThat(ids(json.get("nodes").getAsArray())).isEqualTo(attendees);
        assertThat(json.get("totalNodes").getAsNumber().value().intValue()).isEqualTo(attendees.size());
        assertThat(json.get("meetings").getAsNumber().value().intValue()).isEqualTo(8);
        JsonObject huai = node(json, ID + "official/huai-jinpeng");
        assertThat(huai.get("label").getAsString().value()).isEqualTo("Huai Jinpeng");
        assertThat(huai.get("meetings").getAsNumber().value().intValue()).isEqualTo(2);
        assertThat(huai.get("href").getAsString().value()).isEqualTo("/id/official/huai-jinpeng");
    }

    @Test
    void aRegionNarrowsTheNetworkToItsMeetings() {
        JsonObject json = data("?region=" + encode(ID + "region/guizhou"));

        Set<String> attendees = select("SELECT DISTINCT ?o WHERE { ?o <https://w3id.org/cadregraph/ontology#attended> "
                + "<" + Iris.DATA + server.meeting("ministry-province strategic cooperation meeting").substring(IdMapping.PATH.length()) + "> }");
        assertThat(ids(json.get("nodes").getAsArray())).isEqualTo(attendees);
        int n = attendees.size();
        assertThat(json.get("edges").getAsArray()).hasSize(n * (n - 1) / 2);
        assertThat(json.get("meetings").getAsNumber().value().intValue()).isEqualTo(1);
    }

    @Test
    void aCountryTakesInTheMeetingsOfItsRegions() {
        assertThat(data("?region=" + encode(ID + "region/china")).get("meetings").getAsNumber().value().intValue())
                .isEqualTo(8);
    }

    @Test
    void aPeriodNarrowsTheNetworkToTheMeetingsDatedInIt() {
        assertThat(data("?from=2024").get("meetings").getAsNumber().value().intValue()).isEqualTo(2);
        assertThat(data("?to=2019-12").get("meetings").getAsNumber().value().intValue()).isEqualTo(2);
        assertThat(data("?from=2019-05-12&to=2022-12-31").get("meetings").getAsNumber().value().intValue()).isEqualTo(3);
        assertThat(data("?from=2030").get("nodes").getAsArray()).isEmpty();
    }

    @Test
    void anOrganizerNarrowsTheNetworkToTheMeetingsItHeld() {
        JsonObject json = data("?organization=" + encode(ID + "org/ministry-of-education"));

        assertThat(json.get("meetings").getAsNumber().value().intValue()).isEqualTo(2);
        assertThat(ids(json.get("nodes").getAsArray())).contains(ID + "official/huai-jinpeng", ID + "official/liu-qingyun");
    }

    @Test
    void aBadFilterIsABadRequestWithAReason() {
        HttpResponse<String> period = server.get("/network/data?from=" + encode("2023\" || true || \""));
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(period.body()).contains("from must be a year, year-month or date");
        HttpResponse<String> injected = server.get("/network/data?region=" + encode("x> } UNION { ?s ?p ?o } #"));
        assertThat(injected.statusCode()).isEqualTo(400);
        assertThat(injected.body()).contains("region must be the IRI of a region");
        assertThat(server.get("/network/data?organization=relative/iri").statusCode()).isEqualTo(400);
    }

    @Test
    void downloadsHoldTheWholeNetworkInEachFormat() throws Exception {
        String filter = "?region=" + encode(ID + "region/china");
        JsonObject json = data(filter);
        int nodes = json.get("totalNodes").getAsNumber().value().intValue();
        int edges = json.get("totalEdges").getAsNumber().value().intValue();

        HttpResponse<String> graphml = server.get("/network/co-attendance.graphml" + filter);
        assertThat(graphml.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"co-attendance.graphml\"");
        org.w3c.dom.Document g = xml(graphml.body());
        assertThat(g.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(nodes);
        assertThat(g.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(edges);

        org.w3c.dom.Document gexf = xml(server.get("/network/co-attendance.gexf" + filter).body());
        assertThat(gexf.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(nodes);
        assertThat(gexf.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(edges);

        HttpResponse<String> csv = server.get("/network/co-attendance.csv" + filter);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords()).hasSize(edges);
    }

    @Test
    void theWholeNetworksDownloadsAreTheFilesBuildKeptWhichAreTheNetworkCountedNow(@TempDir java.nio.file.Path other)
            throws Exception {
        assertThat(java.nio.file.Files.list(NetworkDownloads.directory(db))).isNotEmpty();
        java.nio.file.Path plain = SampleServer.build(other);
        try (TdbStore tdb = TdbStore.open(plain)) {
            NetworkSummaryGraph.remove(tdb.datasetGraph());   // no summary: the downloads are counted when asked
        }
        try (SampleServer counting = SampleServer.serve(plain)) {
            for (NetworkFormat format : NetworkFormat.values()) {
                String path = "/network/co-attendance" + format.extension();
                HttpResponse<byte[]> counted = bytes(counting, path, false);
                HttpResponse<byte[]> kept = bytes(server, path, false);
                HttpResponse<byte[]> gzipped = bytes(server, path, true);

                assertThat(counted.statusCode()).isEqualTo(200);
                assertThat(counted.headers().firstValue("Content-Encoding")).isEmpty();
                assertThat(kept.statusCode()).isEqualTo(200);
                assertThat(kept.headers().firstValue("Content-Encoding")).isEmpty();
                assertThat(kept.body()).as(path).isNotEmpty().isEqualTo(counted.body());
                assertThat(kept.headers().firstValue("Content-Type")).isEqualTo(counted.headers().firstValue("Content-Type"));
                assertThat(kept.headers().firstValue("Content-Disposition"))
                        .isEqualTo(counted.headers().firstValue("Content-Disposition"));
                // the file kept in the store, sent as it is to a client that takes gzip
                assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
                try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                    assertThat(in.readAllBytes()).as(path).isEqualTo(counted.body());
                }
            }
        }
    }

    private static HttpResponse<byte[]> bytes(SampleServer from, String path, boolean gzip) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(from.url(path)));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePageKeepsTheFilterInItsDataAndDownloadLinks() {
        String region = ID + "region/guizhou";
        HttpResponse<String> response = server.get("/network?region=" + encode(region) + "&from=2023");
        assertThat(response.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(response.body());

        assertThat(doc.selectFirst("#network").attr("data-source"))
                .isEqualTo("/network/data?region=" + encode(region) + "&from=2023");
        assertThat(doc.select(".downloads a")).extracting(e -> e.attr("href"))
                .allSatisfy(href -> assertThat(href).contains("region=" + encode(region), "from=2023"));
        assertThat(doc.select("select[name=region] option[selected]").attr("value")).isEqualTo(region);
        assertThat(doc.selectFirst("input[name=from]").attr("value")).isEqualTo("2023");
        int n = select("SELECT DISTINCT ?o WHERE { ?o <https://w3id.org/cadregraph/ontology#attended> "
                + "<" + Iris.DATA + server.meeting("ministry-province strategic cooperation meeting").substring(IdMapping.PATH.length()) + "> }").size();
        assertThat(doc.selectFirst(".summary").text())
                .startsWith(n + " officials, " + n * (n - 1) / 2 + " links, from 1 meeting(s)");
        assertThat(doc.select("#ties tbody tr")).hasSize(Math.min(20, n * (n - 1) / 2));
        assertThat(doc.select("footer .queries pre").text()).contains("<" + region + ">", "\"2023\"");
    }

    @Test
    void theFormOffersTheRegionsAndOrganizersWithMeetings() {
        Document doc = Jsoup.parse(server.get("/network").body());

        assertThat(doc.select("select[name=region] option")).extracting(Element::text).contains("Guizhou Province (1)");
        assertThat(doc.select("select[name=organization] option")).extracting(Element::text)
                .contains("Ministry of Education (2)");
    }

    @Test
    void theNetworkKeptWhenTheStoreWasBuiltIsTheNetworkCountedNow(@TempDir java.nio.file.Path other) {
        // The same samples in a store without the summary: its server counts the network and the form when asked.
        java.nio.file.Path db = SampleServer.build(other);
        try (TdbStore tdb = TdbStore.open(db)) {
            assertThat(NetworkSummaryGraph.read(tdb.datasetGraph())).isPresent();
            NetworkSummaryGraph.remove(tdb.datasetGraph());
        }
        try (SampleServer counting = SampleServer.serve(db)) {
            HttpResponse<String> keptData = server.get("/network/data", "application/json");
            HttpResponse<String> countedData = counting.get("/network/data", "application/json");
            assertThat(keptData.statusCode()).isEqualTo(200);
            assertThat(JSON.parse(keptData.body())).isEqualTo(JSON.parse(countedData.body()));
            assertThat(JSON.parse(keptData.body()).get("edges").getAsArray()).isNotEmpty();

            HttpResponse<String> keptPage = server.get("/network");
            HttpResponse<String> countedPage = counting.get("/network");
            assertThat(keptPage.statusCode()).isEqualTo(200);
            Element kept = Jsoup.parse(keptPage.body()).selectFirst("main");
            assertThat(kept.outerHtml()).isEqualTo(Jsoup.parse(countedPage.body()).selectFirst("main").outerHtml());
            assertThat(kept.select("#ties tbody tr")).hasSize(20);
            assertThat(kept.select("select[name=region] option")).hasSizeGreaterThan(3);
        }
    }

    @Test
    void aStoreWhoseBuildWasKilledBeforeItsSummaryIsServedTheNetworkCountedNow(@TempDir java.nio.file.Path other)
            throws java.io.IOException {
        // What a build killed after committing report graphs and before the summary leaves: the mark, a report gone.
        java.nio.file.Path db = SampleServer.build(other);
        try (TdbStore tdb = TdbStore.open(db)) {
            org.apache.jena.sparql.core.DatasetGraph dsg = tdb.datasetGraph();
            NetworkSummaryGraph.markStale(dsg);
            org.apache.jena.system.Txn.executeWrite(dsg, () -> dsg.removeGraph(dsg.find(org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY, CG.attended, org.apache.jena.graph.Node.ANY).next().getGraph()));
        }
        // a copy of it without the summary: its server counts the network of the store as it is
        java.nio.file.Path copy = other.resolve("copy");
        try (var files = java.nio.file.Files.walk(db)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.copy(f, copy.resolve(db.relativize(f).toString()));
            }
        }
        try (TdbStore tdb = TdbStore.open(copy)) {
            NetworkSummaryGraph.remove(tdb.datasetGraph());
        }
        try (SampleServer stale = SampleServer.serve(db); SampleServer counting = SampleServer.serve(copy)) {
            HttpResponse<String> response = stale.get("/network/data", "application/json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject served = JSON.parse(response.body());
            // not the kept summary (which the server of the whole samples serves) but the network counted now
            assertThat(served).isNotEqualTo(data(""));
            assertThat(served.get("meetings").getAsNumber().value().intValue()).isLessThan(8);
            assertThat(served).isEqualTo(JSON.parse(counting.get("/network/data", "application/json").body()));
            // nor the downloads kept with the summary
            HttpResponse<String> csv = stale.get("/network/co-attendance.csv");
            assertThat(csv.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(csv.body()).isEqualTo(counting.get("/network/co-attendance.csv").body());
        }
    }

    private JsonObject data(String query) {
        HttpResponse<String> response = server.get("/network/data" + query, "application/json");
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.parse(response.body());
    }

    private Set<String> select(String sparql) {
        HttpResponse<String> response = server.get("/cadregraph/sparql?query=" + encode(sparql), "text/csv");
        return new HashSet<>(response.body().lines().skip(1).map(String::strip).toList());
    }

    private static Set<String> ids(JsonArray nodes) {
        Set<String> ids = new HashSet<>();
        for (JsonValue n : nodes) {
            ids.add(n.getAsObject().get("id").getAsString().value());
        }
        return ids;
    }

    private static JsonObject node(JsonObject json, String id) {
        for (JsonValue n : json.get("nodes").getAsArray()) {
            if (n.getAsObject().get("id").getAsString().value().equals(id)) {
                return n.getAsObject();
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
