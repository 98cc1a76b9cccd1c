package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.w3id.cadregraph.identity.Reports.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The career queries of {@code queries/} on a small store of invented reports, resolved by identity: a woman
 * who rose from vice mayor of Dalian to vice minister, and two namesakes who must never make a career move.
 */
class CareerQueriesTest {
    private static Dataset dataset;

    @BeforeAll
    static void build() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = new ArrayList<>();
        graphs.add(report("d2016", "2016-05-01").hostedBy(Reports.DALIAN)
                .official("Weng Tiehui", "vice mayor", "Dalian", Reports.DALIAN).writeTo(store));
        graphs.add(report("d2017", "2017-03-01").hostedBy(Reports.DALIAN)
                .official("Weng Tiehui", "vice mayor", "Dalian", Reports.DALIAN).writeTo(store));
        graphs.add(report("m2019", "2019-09-10").hostedBy(Reports.CHINA)
                .official("Weng Tiehui", "Vice Minister", "Ministry of Education", Reports.CHINA).writeTo(store));
        graphs.add(report("m2021", "2021-06-01").hostedBy(Reports.CHINA)
                .official("WengTiehui", "Vice Minister", "Ministry of Education", Reports.CHINA).writeTo(store));
        graphs.add(report("wujiang", "2020-09-10").hostedBy(Reports.WUJIANG)
                .official("Li Ming", "secretary", "CPC Wujiang District Committee", Reports.WUJIANG).writeTo(store));
        graphs.add(report("pingliang", "2024-07-02").hostedBy(Reports.PINGLIANG)
                .official("Li Ming", "director", "Pingliang Municipal Education Bureau", Reports.PINGLIANG).writeTo(store));
        graphs.add(report("p2020", "2020-04-01").hostedBy(Reports.PINGLIANG)
                .official("Zhang Wei", "director", "Pingliang Municipal Education Bureau", Reports.PINGLIANG).writeTo(store));
        graphs.add(report("p2023", "2023-04-01").hostedBy(Reports.PINGLIANG)
                .official("Zhang Wei", "vice mayor", "Pingliang", Reports.PINGLIANG).writeTo(store));
        IdentityResolver.createDefault().resolve(store, graphs);
        DatasetGraph union = DatasetGraphFactory.createGeneral(store.getUnionGraph());
        store.listGraphNodes().forEachRemaining(g -> union.addGraph(g, store.getGraph(g)));
        dataset = DatasetFactory.wrap(union);
    }

    private static List<Map<String, String>> run(String file, String name) throws IOException {
        String query = Files.readString(Path.of("queries", file)).replace("\"Huai Jinpeng\"", "\"" + name + "\"");
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
        }
        return rows;
    }

    @Test
    void aCareerIsThePostsInTimeOrderWithFirstAndLastSeenThenTheMeetings() throws IOException {
        List<Map<String, String>> rows = run("career-of-official.rq", "weng tiehui");
        assertThat(rows).extracting(r -> r.get("kind"), r -> r.get("what"), r -> r.get("from"), r -> r.get("to"), r -> r.get("reports"))
                .containsSubsequence(
                        tuple("post", "vice mayor", "2016-05-01", "2017-03-01", "2"),
                        tuple("post", "Vice Minister", "2019-09-10", "2021-06-01", "2"));
        assertThat(rows).filteredOn(r -> r.get("kind").equals("meeting")).hasSize(4);
        assertThat(rows).extracting(r -> r.get("official")).containsOnly("https://w3id.org/cadregraph/id/official/weng-tiehui");
    }

    @Test
    void aMoveIsAPostFirstSeenAfterTheLastReportOfTheOneBefore() throws IOException {
        List<Map<String, String>> rows = run("officials-whose-posts-changed.rq", "");
        assertThat(rows).filteredOn(r -> !r.get("name").equals("Zhang Wei")).extracting(r -> r.get("name"), r -> r.get("fromRole"), r -> r.get("lastSeen"), r -> r.get("toRole"), r -> r.get("firstSeen"))
                .containsExactly(tuple("Weng Tiehui", "vice mayor", "2017-03-01", "Vice Minister", "2019-09-10"));
    }

    @Test
    void theMovesOfOneOfficialAreThatOfficialsRowsOfTheWholeStore() throws IOException {
        List<Map<String, String>> all = run("officials-whose-posts-changed.rq", "");
        List<Map<String, String>> weng = run("officials-whose-posts-changed.rq", "weng TIEHUI");
        assertThat(weng).extracting(r -> r.get("fromRole"), r -> r.get("lastSeen"), r -> r.get("toRole"), r -> r.get("firstSeen"))
                .containsExactly(tuple("vice mayor", "2017-03-01", "Vice Minister", "2019-09-10"));
        assertThat(weng).isEqualTo(all.stream().filter(r -> r.get("name").equals("Weng Tiehui")).toList());
        // the namesakes Li Ming are two people, each in one post: no move
        assertThat(run("officials-whose-posts-changed.rq", "Li Ming")).isEmpty();
        assertThat(all).extracting(r -> r.get("name")).doesNotContain("Li Ming");
    }

    @Test
    void closeNamesakesAreListedWithTheirReasons() throws IOException {
        List<Map<String, String>> rows = run("possibly-same-officials.rq", "");
        assertThat(rows).extracting(r -> r.get("name")).contains("Zhang Wei");
        assertThat(rows).allSatisfy(r -> {
            assertThat(Double.parseDouble(r.get("confidence"))).isLessThan(0.5);
            assertThat(r.get("reasons")).contains("name borne by");
            assertThat(r.get("reportsA")).isNotEmpty();
        });
    }

    @Test
    void closeNamesakesOfOneNameAreThatNamesRowsOfTheWholeStore() throws IOException {
        List<Map<String, String>> all = run("possibly-same-officials.rq", "");
        List<Map<String, String>> zhang = run("possibly-same-officials.rq", "zhang WEI");
        assertThat(zhang).isNotEmpty().isEqualTo(all.stream().filter(r -> r.get("name").equals("Zhang Wei")).toList());
        assertThat(run("possibly-same-officials.rq", "Nobody Atall")).isEmpty();
    }

    @Test
    void namesakesHaveTwoCareers() throws IOException {
        assertThat(run("career-of-official.rq", "Li Ming").stream().map(r -> r.get("official")).distinct()).hasSize(2);
    }
}
