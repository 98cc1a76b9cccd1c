package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.Iris;

/** The pages of the sample graph as a browser receives them (HTML read with jsoup). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
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

    private Document page(String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html"));
        return Jsoup.parse(response.body(), server.url(path));
    }

    @Test
    void officialPageGivesPostsInTimeOrderWithEvidenceMeetingsAndContacts() {
        Document doc = page("/id/official/huai-jinpeng");

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Huai Jinpeng");
        List<Element> posts = doc.select("#posts tbody tr");
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0).child(0).text()).isEqualTo("2023-04-18");
        assertThat(posts.get(2).child(0).text()).isEqualTo("no date");
        assertThat(posts).extracting(r -> r.child(1).text())
                .contains("Minister of the Ministry of Education", "Secretary of the Party Group of the Ministry of Education");
        Element first = posts.get(0);
        assertThat(first.select("td.evidence mark").text()).startsWith("Huai Jinpeng");
        assertThat(first.child(4).text()).isEqualTo("0.90");
        assertThat(first.select("td:last-child a").attr("href")).isEqualTo(server.report("moe-guizhou-cooperation.txt"));
        // The timeline: one lane per post with a dated report, a dot per report date.
        assertThat(doc.select("#posts figure.timeline svg g.lane")).hasSize(2);
        assertThat(doc.select("#posts figure.timeline svg circle")).hasSize(2);

        List<Element> meetings = doc.select("#meetings tbody tr");
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0).select("a").attr("href")).isEqualTo(server.meeting("ministry-province strategic cooperation meeting"));
        assertThat(meetings.get(0).child(2).text()).isEqualTo("spoke");
        assertThat(doc.select("#contacts li")).extracting(Element::text).anyMatch(t -> t.startsWith("Tang Weiming"));
        // Identity: the two reports that name him, and why their mentions were judged one person.
        assertThat(doc.selectFirst("#reports h2").text()).isEqualTo("Named in 2 report(s)");
        assertThat(doc.select("#identity tbody tr")).hasSize(1);
        assertThat(doc.select("#identity .reasons li")).extracting(Element::text).anyMatch(t -> t.startsWith("name borne by"));
    }

    @Test
    void meetingPageGivesDatePlaceHostsOrganizersAndParticipantsWithRoles() {
        Document doc = page(server.meeting("ministry-province strategic cooperation meeting"));

        assertThat(doc.selectFirst("h1").text()).isEqualTo("ministry-province strategic cooperation meeting");
        String facts = doc.selectFirst("dl.facts").text();
        assertThat(facts).contains("2023-04-17", "Guiyang", "Guizhou Province", "Ministry of Education",
                "People's Government of Guizhou Province");
        assertThat(doc.select("dl.facts a[href=/id/region/guizhou]")).isNotEmpty();
        List<Element> rows = doc.select("#participants tbody tr");
        assertThat(rows).extracting(r -> r.child(0).text() + ": " + r.child(1).text())
                .contains("Fang Jianhua: presided", "Shi Lan: signed", "Weng Tiehui: signed", "Huai Jinpeng: spoke",
                        "Ren Baoguo: attended");
        assertThat(rows.get(0).child(0).text()).isEqualTo("Fang Jianhua");
        Element shi = rows.stream().filter(r -> r.child(0).text().equals("Shi Lan")).findFirst().orElseThrow();
        assertThat(shi.select("td.evidence mark").text()).isEqualTo("Shi Lan");
        assertThat(shi.select("td.evidence .role").text()).contains("signed 0.80");
    }

    @Test
    void regionPageGivesMeetingsByMonthSubRegionsAndPeople() {
        Document doc = page("/id/region/guizhou");

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Guizhou Province");
        assertThat(doc.select("figure.chart rect.bar")).hasSize(12);
        assertThat(doc.select("figure.chart rect.bar title")).extracting(Element::text).contains("2023-04: 1 meeting(s)");
        assertThat(doc.select("#subregions a")).extracting(Element::text).contains("Guiyang");
        assertThat(doc.select("#people a")).extracting(Element::text).contains("Fang Jianhua");
        assertThat(doc.select("a[href=http://www.wikidata.org/entity/Q47097]")).isNotEmpty();
        assertThat(doc.select("#meetings a")).extracting(e -> e.attr("href"))
                .contains("/network?region=https%3A%2F%2Fw3id.org%2Fcadregraph%2Fid%2Fregion%2Fguizhou");
    }

    @Test
    void countryPageCountsTheMeetingsOfEveryRegionWithinIt() {
        Document doc = page("/id/region/china");

        assertThat(doc.selectFirst("figure.chart figcaption").text()).startsWith("8 meeting(s)");
        assertThat(doc.select("#subregions li")).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void organizationPageGivesItsMeetingsAndPeople() {
        Document doc = page("/id/org/ministry-of-education");

        assertThat(doc.selectFirst("h1").text()).isEqualTo("Ministry of Education");
        assertThat(doc.select("#meetings tbody a")).extracting(Element::text)
                .contains("ministry-province strategic cooperation meeting");
        assertThat(doc.select("#people a")).extracting(Element::text).contains("Huai Jinpeng");
        assertThat(doc.select("figure.chart rect.bar")).isNotEmpty();
    }

    @Test
    void reportPageGivesEveryFactDrawnFromIt() {
        Document doc = page(server.report("moe-guizhou-cooperation.txt"));

        assertThat(doc.selectFirst("h1").text()).startsWith("The Ministry of Education and Guizhou Province");
        assertThat(doc.selectFirst("dl.facts").text()).contains("2023-04-18", "moe-guizhou-cooperation.txt");
        int facts = doc.select("#facts tbody tr").size();
        HttpResponse<String> count = server.get("/cadregraph/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Iris.DATA + server.graph("moe-guizhou-cooperation.txt").substring(IdMapping.PATH.length()) + "> "
                        + "{ ?a a <https://w3id.org/cadregraph/ontology#Assertion> } }",
                java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertThat(count.body().lines().skip(1).findFirst()).contains(Integer.toString(facts));
        assertThat(facts).isGreaterThan(10);
        assertThat(doc.select("#facts em")).extracting(Element::text).contains("holds the title", "presided", "hosted by");
    }

    @Test
    void aReportGraphNameShowsItsReport() {
        Document doc = page(server.graph("moe-guizhou-cooperation.txt"));

        assertThat(doc.selectFirst(".kind").text()).isEqualToIgnoringCase("Report");
        assertThat(doc.select("#facts tbody tr")).isNotEmpty();
    }

    @Test
    void anyOtherResourceGetsItsPropertiesAndWhatPointsAtIt() {
        Document doc = page("/id/role/minister");

        assertThat(doc.select("table.properties th")).extracting(Element::text).contains("type", "label");
        assertThat(doc.select("#incoming li")).isNotEmpty();
    }

    @Test
    void everyPageLinksToTheSparqlQueriesThatGiveItsDataAndTheyRun() {
        Document doc = page("/id/official/huai-jinpeng");

        List<Element> queries = doc.select("footer .queries li");
        assertThat(queries).extracting(e -> e.selectFirst("summary span").text())
                .contains("Posts", "Meetings", "People met most often");
        for (Element query : queries) {
            String run = query.select("a").get(1).attr("href");
            assertThat(run).startsWith("/cadregraph/sparql?");
            HttpResponse<String> results = server.get(run);
            assertThat(results.statusCode()).as(run).isEqualTo(200);
            assertThat(query.select("a").get(0).attr("href")).startsWith("/#/dataset/cadregraph/query?query=");
            assertThat(query.selectFirst("pre").text()).contains("<https://w3id.org/cadregraph/id/official/huai-jinpeng>");
        }
        HttpResponse<String> posts = server.get(queries.stream()
                .filter(e -> e.selectFirst("summary span").text().equals("Posts")).findFirst().orElseThrow()
                .select("a").get(1).attr("href").replace("format=text", "format=csv"));
        assertThat(posts.body().lines()).hasSize(1 + 3);
    }

    @Test
    void pagesSayWhatTheyAllowAndFromWhere() {
        HttpResponse<String> response = server.get("/id/official/huai-jinpeng");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void searchFindsPinyinWithOrWithoutSpacesTonesAndCase() {
        for (String query : List.of("Huai Jinpeng", "huaijinpeng", "HUAI JINPENG", "Huái Jìnpéng", "huai2 jin4peng2",
                "jinpeng huai", "jinp")) {
            Document doc = page("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(doc.select(".results a")).as(query).extracting(e -> e.attr("href"))
                    .contains("/id/official/huai-jinpeng");
        }
    }

    @Test
    void searchFindsRegionsOrganizationsAndMeetings() {
        Document doc = page("/search?q=guizhou");

        assertThat(doc.select(".results h2")).extracting(Element::text)
                .contains("Organizations (6)", "Regions (1)");
        assertThat(page("/search?q=贵州").select(".results a")).extracting(e -> e.attr("href"))
                .containsExactly("/id/region/guizhou");
        assertThat(page("/search?q=strategic+cooperation").select(".results a")).extracting(e -> e.attr("href"))
                .contains(server.meeting("ministry-province strategic cooperation meeting"));
        assertThat(page("/search?q=zzqx").select(".none").text()).contains("Nothing is named like");
    }

    @Test
    void unknownPathsAreNotFound() {
        assertThat(server.get("/id/official/nobody-at-all").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/official/nobody-at-all.ttl").statusCode()).isEqualTo(404);
        assertThat(server.get("/assets/secret.txt").statusCode()).isEqualTo(404);
        assertThat(server.get("/network/co-attendance.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void theDrawingLibraryIsServedFromTheJar() {
        HttpResponse<String> js = server.get("/assets/cytoscape.min.js");

        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(js.body()).contains("cytoscape");
        Document network = page("/network");
        assertThat(network.select("script")).extracting(e -> e.attr("src"))
                .containsExactly("/assets/cytoscape.min.js", "/assets/network.js");
    }
}
