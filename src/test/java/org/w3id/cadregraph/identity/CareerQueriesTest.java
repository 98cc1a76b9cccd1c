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
    /** Names spelled two ways: with a tone mark ("Lü Xiwen"), and "Wang Yi'ou" in one report, "Wang Yiou" in another. */
    private static Dataset spellings;

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
        // close namesakes: a very common name in one city, the higher post first (the reverse order is a promotion,
        // which the order of the posts joins)
        graphs.add(report("p2020", "2020-04-01").hostedBy(Reports.PINGLIANG)
                .official("Zhang Wei", "vice mayor", "Pingliang", Reports.PINGLIANG).writeTo(store));
        graphs.add(report("p2023", "2023-04-01").hostedBy(Reports.PINGLIANG)
                .official("Zhang Wei", "director", "Pingliang Municipal Education Bureau", Reports.PINGLIANG).writeTo(store));
        dataset = resolved(store, graphs);

        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        List<Node> otherGraphs = new ArrayList<>();
        otherGraphs.add(report("lu2020", "2020-03-01").hostedBy(Reports.PINGLIANG)
                .official("Lü Xiwen", "director", "Pingliang Municipal Education Bureau", Reports.PINGLIANG)
                .official("Ma Lin", "deputy director", "Pingliang Municipal Education Bureau", Reports.PINGLIANG).writeTo(other));
        otherGraphs.add(report("lu2022", "2022-03-01").hostedBy(Reports.PINGLIANG)
                .official("Lü Xiwen", "vice mayor", "Pingliang", Reports.PINGLIANG).writeTo(other));
        otherGraphs.add(report("yi2018", "2018-05-01").hostedBy(Reports.DALIAN)
                .official("Wang Yi'ou", "deputy director", "Dalian Municipal Education Bureau", Reports.DALIAN).writeTo(other));
        otherGraphs.add(report("yi2019", "2019-05-01").hostedBy(Reports.DALIAN)
                .official("Wang Yiou", "deputy director", "Dalian Municipal Education Bureau", Reports.DALIAN).writeTo(other));
        // the ministry written "Ministry of education": a spelling of its own, minted as the one ministry node
        otherGraphs.add(report("moe2023", "2023-06-01").hostedBy(Reports.CHINA).meetingOn("2023-05-30")
                .official("Qian Lu", "Minister", "Ministry of education", Reports.CHINA)
                .official("Sun Hua", "director", "Dalian Municipal Education Bureau", Reports.DALIAN).writeTo(other));
        spellings = resolved(other, otherGraphs);
    }

    /** The store after identity resolution, as the endpoint serves it: the union default graph, report graphs named. */
    private static Dataset resolved(DatasetGraph store, List<Node> graphs) {
        IdentityResolver.createDefault().resolve(store, graphs);
        DatasetGraph union = DatasetGraphFactory.createGeneral(store.getUnionGraph());
        store.listGraphNodes().forEachRemaining(g -> union.addGraph(g, store.getGraph(g)));
        return DatasetFactory.wrap(union);
    }

    private static List<Map<String, String>> run(String file, String name) throws IOException {
        return run(dataset, file, name);
    }

    private static List<Map<String, String>> run(Dataset dataset, String file, String name) throws IOException {
        return select(dataset, Files.readString(Path.of("queries", file)).replace("\"Huai Jinpeng\"", "\"" + name + "\""));
    }

    private static List<Map<String, String>> select(Dataset dataset, String query) {
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

    @Test
    void titlesOfAPersonAreFoundUnderEverySpellingOfTheName() throws IOException {
        for (String name : List.of("Wang Yiou", "wang yi'ou")) {
            assertThat(run(spellings, "titles-of-official.rq", name))
                    .extracting(r -> r.get("sourceFile"), r -> r.get("asOf"), r -> r.get("title"))
                    .as(name).containsExactlyInAnyOrder(
                            tuple("yi2018.txt", "2018-05-01", "deputy director of Dalian Municipal Education Bureau"),
                            tuple("yi2019.txt", "2019-05-01", "deputy director of Dalian Municipal Education Bureau"));
        }
    }

    @Test
    void theQueriesByNameFindANameWithAToneMark() throws IOException {
        assertThat(run(spellings, "titles-of-official.rq", "Lü Xiwen")).extracting(r -> r.get("sourceFile"))
                .containsExactlyInAnyOrder("lu2020.txt", "lu2022.txt");
        assertThat(run(spellings, "career-of-official.rq", "lü xiwen"))
                .filteredOn(r -> r.get("kind").equals("post")).extracting(r -> r.get("what"))
                .containsExactly("director", "vice mayor");
        assertThat(run(spellings, "evidence-for-fact.rq", "Lü Xiwen")).extracting(r -> r.get("sourceFile"))
                .contains("lu2020.txt", "lu2022.txt");
        assertThat(run(spellings, "co-attendance.rq", "Lü Xiwen")).extracting(r -> r.get("nameA") + " + " + r.get("nameB"))
                .containsExactly("Lü Xiwen + Ma Lin");
        assertThat(run(spellings, "officials-whose-posts-changed.rq", "LÜ XIWEN"))
                .extracting(r -> r.get("fromRole"), r -> r.get("toRole")).containsExactly(tuple("director", "vice mayor"));
    }

    /**
     * SPARQL has no Unicode decomposition: each query computes the name key with chained REPLACEs of the accented
     * Latin vowels (and n), which must give what identity stores ({@link NameKey#of}) for pinyin with tone marks.
     */
    @Test
    void everyQueryComputesTheNameKeyIdentityStores() throws IOException {
        java.util.regex.Pattern keyExpression = java.util.regex.Pattern.compile(
                "(?:REPLACE\\()+LCASE\\(\\?(\\w+)\\),.*?\"\\[\\^a-z0-9\\]\", \"\"\\)", java.util.regex.Pattern.DOTALL);
        List<String> names = List.of("Lü Xiwen", "LÜ XIWEN", "Lǚ Xīwén", "Nǖ Ǘ Ǚ Ǜ", "Zhāng Wěi", "Huái Jìnpéng", "ÀÁǍÂ ÈÉĚÊ ÌÍǏ ÒÓǑÔ ÙÚǓÛ",
                "Wang Yi'ou", "José Núñez", "Huai Jinpeng 2");
        for (String file : List.of("titles-of-official.rq", "career-of-official.rq", "evidence-for-fact.rq", "co-attendance.rq",
                "officials-whose-posts-changed.rq", "possibly-same-officials.rq")) {
            java.util.regex.Matcher m = keyExpression.matcher(Files.readString(Path.of("queries", file)));
            assertThat(m.find()).as(file + " computes a name key").isTrue();
            String expression = m.group().replace("?" + m.group(1), "?name");
            StringBuilder values = new StringBuilder();
            names.forEach(n -> values.append('"').append(n.replace("\"", "\\\"")).append("\" "));
            String query = "SELECT ?name ?key WHERE { VALUES ?name { " + values + "} BIND(" + expression + " AS ?key) }";
            Map<String, String> keys = new java.util.TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.create()).query(query).build()) {
                qe.execSelect().forEachRemaining(s -> keys.put(s.getLiteral("name").getLexicalForm(), s.getLiteral("key").getLexicalForm()));
            }
            Map<String, String> expected = new java.util.TreeMap<>();
            names.forEach(n -> expected.put(n, NameKey.of(n)));
            assertThat(keys).as(file).isEqualTo(expected);
        }
    }

    @Test
    void theMinisterOfEducationIsFoundWhateverTheCaseOfTheMinistry() throws IOException {
        // the meeting's day (one index lookup) and its year (every date read) find the same minister
        for (String period : List.of("2023-05-30", "2023")) {
            String query = Files.readString(Path.of("queries", "officials-with-minister-of-education.rq"));
            assertThat(query).contains(MINISTER_QUERY_PERIOD);
            assertThat(select(spellings, query.replace(MINISTER_QUERY_PERIOD, "VALUES ?period { \"" + period + "\" }")))
                    .as(period).extracting(r -> r.get("name"), r -> r.get("ministerName"), r -> r.get("meetings"))
                    .containsExactly(tuple("Sun Hua", "Qian Lu", "1"));
        }
    }

    /** The minister query's default period, as the file writes it. */
    private static final String MINISTER_QUERY_PERIOD = "VALUES ?period { \"2023-04-17\" }";
}
