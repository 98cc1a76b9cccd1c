package org.w3id.cadregraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.BatchSummary;
import org.w3id.cadregraph.pipeline.Problem;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.pipeline.SampleGraphs;
import org.w3id.cadregraph.report.BadReportException;

/**
 * The research queries in {@code queries/} against the graph the real pipeline extracts from {@code samples/},
 * each checked against the answer the hand-made gold ({@code src/test/resources/samples-gold}) implies.
 * The graph is built once; queries see the union of the report graphs as their default graph (as on the
 * Fuseki endpoint) and the report graphs as named graphs for {@code GRAPH ?g}.
 */
class QueriesTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Path SAMPLES = Path.of("samples");
    private static final Path GOLD = Path.of("src/test/resources/samples-gold");
    private static final String CG = "https://w3id.org/cadregraph/ontology#";
    private static final String ID = "https://w3id.org/cadregraph/id/";
    private static final String GUIZHOU_MEETING = sampleMeeting("moe-guizhou-cooperation", "m1");
    private static final String LIUZHOU_MEETING = sampleMeeting("liuzhou-vocational-conference", "m1");
    /**
     * The queries that may use GRAPH. Queries read the union default graph so that a person's facts from every
     * report join (a career, a person's meetings across reports); GRAPH is allowed only where the question is
     * about reports, or where the join is by construction inside one report graph, so that scoping it there
     * gives the answer the union gives (checked by {@link #whatTheGraphScopedQueriesJoinIsStatedInOneReportGraph}):
     * who attended a meeting is stated in the report graph of the meeting, and a title with its date, role and
     * body and the official holding it in the report graph that states it, and a meeting's host region is described in
     * the meeting's report graph. Read there, the descriptions of shared nodes (roles, bodies,
     * people) repeated in every report graph are read once, not once per copy.
     */
    private static final Set<String> GRAPH_QUERIES = Set.of("titles-of-official.rq", "reports-overview.rq",
            "co-attendance.rq", "officials-whose-posts-changed.rq", "meetings-by-region-month.rq",
            "officials-by-organization.rq", "officials-with-minister-of-education.rq");

    private static ReportPipeline pipeline;
    private static Dataset dataset;
    private static List<Problem> problems;

    @BeforeAll
    static void buildSampleGraph() throws IOException {
        pipeline = ReportPipeline.createDefault();
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        problems = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        BatchSummary summary = new BatchRunner(pipeline, new ExtractionMapper("test"), problems::add,
                Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), false)
                .run(List.of(SAMPLES), (g, w) -> {
                    store.removeGraph(g);
                    w.accept(StreamRDFLib.dataset(store));
                    graphs.add(g);
                });
        assertThat(summary.read()).isEqualTo(7);
        // as build and extract do: the queries that take an official's name find it by the name key of the identity graph
        IdentityResolver.createDefault().resolve(store, graphs);
        dataset = unionDataset(store);
    }

    /** A dataset whose default graph is the union of the named graphs, which stay reachable by GRAPH. */
    private static Dataset unionDataset(DatasetGraph store) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral(store.getUnionGraph());
        store.listGraphNodes().forEachRemaining(g -> dsg.addGraph(g, store.getGraph(g)));
        return DatasetFactory.wrap(dsg);
    }

    // ---------------------------------------------------------------- all query files

    @Test
    void everyQueryStatesItsQuestionDeclaresPrefixesAndParses() throws IOException {
        List<Path> files = queryFiles();
        assertThat(files).extracting(p -> p.getFileName().toString()).contains(
                "officials-at-meeting.rq", "co-attendance.rq", "titles-of-official.rq",
                "meetings-by-region-month.rq", "officials-by-organization.rq", "meetings-within-province.rq",
                "evidence-for-fact.rq", "federated-wikidata-regions.rq", "ministry-co-hosted-meetings.rq");
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertThat(lines.get(0)).as(file + " opens with a comment").startsWith("# ");
            assertThat(lines.get(0).length()).as(file + " states a question").isGreaterThan(20);
            assertThat(text).as(file.toString()).contains("\nPREFIX ");
            Query query = QueryFactory.create(text);
            assertThat(query.isSelectType()).as(file.toString()).isTrue();
            boolean usesGraph = elements(query).stream().anyMatch(e -> e instanceof ElementNamedGraph) || usesGraph(query);
            assertThat(usesGraph).as(file + " uses GRAPH").isEqualTo(GRAPH_QUERIES.contains(file.getFileName().toString()));
        }
    }

    @Test
    void noSampleIsRejected() {
        // The README's first command builds samples/; the reports rejected on purpose are in samples-bad/.
        assertThat(problems).isEmpty();
    }

    // ---------------------------------------------------------------- 1. officials-at-meeting

    @Test
    void officialsAtTheGuizhouMeetingAreTheGoldParticipantsWithTheirCapacitiesAndTitles() throws IOException {
        List<Map<String, String>> rows = select("officials-at-meeting.rq");

        assertThat(rows).extracting(r -> r.get("meeting")).containsOnly(GUIZHOU_MEETING);
        assertThat(rows).extracting(r -> r.get("date")).containsOnly("2023-04-17");
        assertThat(participantsByName(rows)).isEqualTo(goldParticipants("moe-guizhou-cooperation", "m1"));
        // Titles come from the meeting's own report: Huai Jinpeng's "Minister of Education" (symposium) is not here.
        assertThat(sorted(row(rows, "name", "Huai Jinpeng").get("titles"), "; "))
                .isEqualTo("Minister of the Ministry of Education; Secretary of the Party Group of the Ministry of Education");
        assertThat(row(rows, "name", "Shi Lan").get("capacities")).isEqualTo("signed");
        assertThat(row(rows, "name", "Ren Baoguo").get("capacities")).isEmpty();
    }

    @Test
    void officialsAtTheHangzhouSigningCeremonyAreTheGoldParticipants() throws IOException {
        List<Map<String, String>> rows = select("officials-at-meeting.rq", "meetingText", "\"signing ceremony\"");

        assertThat(rows).extracting(r -> r.get("meeting")).containsOnly(sampleMeeting("hangzhou-two-meetings", "m2"));
        assertThat(participantsByName(rows)).isEqualTo(goldParticipants("hangzhou-two-meetings", "m2"));
    }

    @Test
    void officialsAtTheCountyReportMeetingAreTheGoldParticipants() throws IOException {
        List<Map<String, String>> rows = select("officials-at-meeting.rq", "meetingText", "\"report meeting\"");

        assertThat(rows).extracting(r -> r.get("meeting")).containsOnly(sampleMeeting("county-inspection", "m1"));
        assertThat(participantsByName(rows)).isEqualTo(goldParticipants("county-inspection", "m1"));
    }

    // ---------------------------------------------------------------- 2. co-attendance

    @Test
    void whatTheGraphScopedQueriesJoinIsStatedInOneReportGraph() {
        // Each participation: the meeting and the official are described in the graph that states it.
        assertThat(select(dataset, """
                PREFIX cg: <https://w3id.org/cadregraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  VALUES ?capacity { cg:attended cg:presided cg:spokeAt cg:signedAt }
                  GRAPH ?g { ?official ?capacity ?meeting }
                  FILTER NOT EXISTS { GRAPH ?g { ?meeting a cg:Meeting ; rdfs:label ?m . ?official a cg:Official ; rdfs:label ?o } }
                }""")).isEmpty();
        // A meeting is stated in one report graph only.
        assertThat(select(dataset, """
                PREFIX cg: <https://w3id.org/cadregraph/ontology#>
                SELECT * WHERE { GRAPH ?g { ?meeting a cg:Meeting } GRAPH ?h { ?meeting a cg:Meeting } FILTER(?g != ?h) }""")).isEmpty();
        // Each title: its date, role and body are in the graph that gives the title to the official, and only there.
        assertThat(select(dataset, """
                PREFIX cg: <https://w3id.org/cadregraph/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  GRAPH ?g { ?official cg:holdsTitle ?title }
                  GRAPH ?h { ?title cg:asOf|org:role|org:organization ?x }
                  FILTER(?g != ?h)
                }""")).isEmpty();
        assertThat(select(dataset, """
                PREFIX cg: <https://w3id.org/cadregraph/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  GRAPH ?g { ?title org:role|org:organization ?node }
                  FILTER NOT EXISTS { GRAPH ?g { ?node rdfs:label ?label } }
                }""")).isEmpty();
        // and the official holding the title is described there
        assertThat(select(dataset, """
                PREFIX cg: <https://w3id.org/cadregraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  GRAPH ?g { ?official cg:holdsTitle ?title }
                  FILTER NOT EXISTS { GRAPH ?g { ?official a cg:Official ; rdfs:label ?name } }
                }""")).isEmpty();
        assertThat(select(dataset, """
                PREFIX cg: <https://w3id.org/cadregraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  GRAPH ?g { ?meeting cg:hostedBy ?region }
                  FILTER NOT EXISTS { GRAPH ?g { ?meeting rdfs:label ?m . ?region rdfs:label ?r } }
                }""")).isEmpty();
        // and the samples have both, so the checks above are not empty by default
        assertThat(select(dataset, "PREFIX cg: <https://w3id.org/cadregraph/ontology#> SELECT * WHERE { GRAPH ?g { ?o cg:holdsTitle ?t ; cg:attended ?m } }")).isNotEmpty();
    }

    @Test
    void coAttendanceOfOneOfficialIsThePairsThatOfficialIsIn() throws IOException {
        List<Map<String, String>> all = select("co-attendance.rq", "name", "\"\"");
        List<Map<String, String>> huai = select("co-attendance.rq");

        assertThat(huai).isNotEmpty().allSatisfy(r -> assertThat(List.of(r.get("nameA"), r.get("nameB"))).contains("Huai Jinpeng"));
        assertThat(huai).containsExactlyInAnyOrderElementsOf(all.stream()
                .filter(r -> r.get("nameA").equals("Huai Jinpeng") || r.get("nameB").equals("Huai Jinpeng")).toList());
        assertThat(select("co-attendance.rq", "name", "\"huai JINPENG\"")).isEqualTo(huai);
        assertThat(select("co-attendance.rq", "name", "\"Nobody Atall\"")).isEmpty();
    }

    @Test
    void coAttendanceListsEachPairOnceWithTheMeetingsTheyShared() throws IOException {
        List<Map<String, String>> rows = select("co-attendance.rq", "name", "\"\"");

        Set<String> pairs = new TreeSet<>();
        for (Map<String, String> r : rows) {
            assertThat(r.get("officialA")).isLessThan(r.get("officialB"));
            assertThat(pairs.add(pair(r.get("nameA"), r.get("nameB")))).as("pair listed twice: " + r).isTrue();
        }
        // Huai Jinpeng met the other seven officials of the Guizhou meeting and the two of the ministry symposium,
        // once each, and nobody else.
        Map<String, String> huaisContacts = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (r.get("nameA").equals("Huai Jinpeng")) {
                huaisContacts.put(r.get("nameB"), r.get("meetings"));
            } else if (r.get("nameB").equals("Huai Jinpeng")) {
                huaisContacts.put(r.get("nameA"), r.get("meetings"));
            }
        }
        Set<String> expected = new TreeSet<>();
        expected.addAll(goldParticipants("moe-guizhou-cooperation", "m1").keySet());
        expected.addAll(goldParticipants("ministry-symposium-no-date", "m1").keySet());
        expected.remove("Huai Jinpeng");
        assertThat(huaisContacts.keySet()).isEqualTo(expected);
        assertThat(huaisContacts.values()).containsOnly("1");
        assertThat(row(rows, "nameA", "Tang Weiming", "nameB", "Weng Tiehui").get("meetingLabels"))
                .isEqualTo("ministry-province strategic cooperation meeting");
        // No two officials in the samples meet twice; people of different reports never meet.
        assertThat(rows).extracting(r -> r.get("meetings")).containsOnly("1");
        assertThat(pairs).doesNotContain(pair("Huai Jinpeng", "Zhou Zhenhai"), pair("Chen Dongsheng", "Wang Xiaodong"));
    }

    @Test
    void coAttendanceIsExactlyThePairsOfTheGoldParticipants() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (JsonObject gold : golds().values()) {
            for (JsonValue m : gold.get("meetings").getAsArray()) {
                List<String> names = new ArrayList<>(participants(m.getAsObject()).keySet());
                for (int i = 0; i < names.size(); i++) {
                    for (int j = i + 1; j < names.size(); j++) {
                        expected.add(pair(names.get(i), names.get(j)));
                    }
                }
            }
        }
        Set<String> actual = select("co-attendance.rq", "name", "\"\"").stream()
                .map(r -> pair(r.get("nameA"), r.get("nameB"))).collect(Collectors.toCollection(TreeSet::new));

        assertThat(actual).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- 3. titles-of-official

    @Test
    void titlesOfHuaiJinpengComeWithTheirReportAndDate() throws IOException {
        List<Map<String, String>> rows = select("titles-of-official.rq");

        assertThat(rows).extracting(r -> r.get("title"), r -> r.get("asOf"), r -> r.get("sourceFile"),
                        r -> r.get("published"), r -> r.get("graph"))
                .containsExactlyInAnyOrder(
                        tuple("Minister of the Ministry of Education", "2023-04-18", "moe-guizhou-cooperation.txt",
                                "2023-04-18", sampleGraph("moe-guizhou-cooperation")),
                        tuple("Secretary of the Party Group of the Ministry of Education", "2023-04-18",
                                "moe-guizhou-cooperation.txt", "2023-04-18", sampleGraph("moe-guizhou-cooperation")),
                        // The symposium report has no date: the title has no cg:asOf.
                        tuple("Minister of Education", null, "ministry-symposium-no-date.txt", null,
                                sampleGraph("ministry-symposium-no-date")));
        assertThat(row(rows, "title", "Minister of the Ministry of Education"))
                .containsEntry("role", "Minister").containsEntry("organization", "Ministry of Education")
                .containsEntry("official", ID + "official/huai-jinpeng");
        // The newest first, undated last.
        assertThat(rows.get(rows.size() - 1).get("sourceFile")).isEqualTo("ministry-symposium-no-date.txt");
    }

    @Test
    void titlesOfAnOfficialMatchTheNameWithoutRegardToCase() throws IOException {
        List<Map<String, String>> rows = select("titles-of-official.rq", "name", "\"WANG Xiaodong\"");

        assertThat(rows).extracting(r -> r.get("title"), r -> r.get("asOf"), r -> r.get("sourceFile"))
                .containsExactlyInAnyOrder(
                        tuple("Member of the Party Committee of Hangzhou Municipal Bureau of Education", "2019-05-15",
                                "hangzhou-two-meetings.txt"),
                        tuple("Deputy Director of Hangzhou Municipal Bureau of Education", "2019-05-15",
                                "hangzhou-two-meetings.txt"));
    }

    @Test
    void titlesOfEveryGoldOfficialAreExactlyTheGoldTitles() throws IOException {
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Map.Entry<String, JsonObject> gold : golds().entrySet()) {
            String file = str(gold.getValue().get("doc"));
            String published = str(gold.getValue().get("published"));
            for (JsonValue o : gold.getValue().get("officials").getAsArray()) {
                if (o.getAsObject().get("optional").getAsBoolean().value()) {
                    continue;
                }
                String name = str(o.getAsObject().get("name"));
                String key = name.toLowerCase(Locale.ROOT) + " @ " + file;
                expected.put(key, strings(o.getAsObject().get("titles")).stream()
                        .map(t -> t + " as of " + published).collect(Collectors.toCollection(TreeSet::new)));
                actual.put(key, select("titles-of-official.rq", "name", literal(name)).stream()
                        .filter(r -> file.equals(r.get("sourceFile")))
                        .map(r -> r.get("title") + " as of " + r.get("asOf"))
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- 4. meetings-by-region-month

    @Test
    void meetingsByRegionAndMonthAreTheGoldHostsAndMonths() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonObject gold : golds().values()) {
            for (JsonValue m : gold.get("meetings").getAsArray()) {
                String date = str(m.getAsObject().get("date"));
                String month = date == null ? "undated" : date.substring(0, 7);
                for (String host : strings(m.getAsObject().get("hostedBy"))) {
                    expected.merge(host + " " + month, 1, Integer::sum);
                }
            }
        }
        List<Map<String, String>> rows = select("meetings-by-region-month.rq", "period", "\"\"");

        Map<String, Integer> actual = new TreeMap<>();
        rows.forEach(r -> actual.put(r.get("regionLabel") + " " + r.get("month"), Integer.parseInt(r.get("meetings"))));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).containsEntry("Hangzhou 2019-05", 2).containsEntry("China undated", 1)
                .containsEntry("Guangxi Zhuang Autonomous Region 2024-06", 1);
        assertThat(rows).extracting(r -> r.get("month")).isSorted();
    }

    @Test
    void meetingsByRegionAndMonthReadAllThreeDateDatatypes() throws IOException {
        DatasetGraph store = DatasetGraphFactory.create();
        Node g = uri(ID + "graph/dates");
        Node region = uri(ID + "region/guangxi");
        store.add(new Quad(g, region, RDFS.Nodes.label, NodeFactory.createLiteralString("Guangxi")));
        String[][] meetings = {
                {"day", "2023-04-17", XSD.date.getURI()},
                {"month", "2023-04", XSD.gYearMonth.getURI()},
                {"year", "2023", XSD.gYear.getURI()},
                {"undated", null, null}};
        for (String[] m : meetings) {
            Node meeting = uri(ID + "meeting/dates/" + m[0]);
            store.add(new Quad(g, meeting, RDF.Nodes.type, uri(CG + "Meeting")));
            store.add(new Quad(g, meeting, RDFS.Nodes.label, NodeFactory.createLiteralString(m[0])));
            store.add(new Quad(g, meeting, uri(CG + "hostedBy"), region));
            if (m[1] != null) {
                store.add(new Quad(g, meeting, uri(CG + "date"),
                        NodeFactory.createLiteralDT(m[1], TypeMapper.getInstance().getSafeTypeByName(m[2]))));
            }
        }
        String text = query("meetings-by-region-month.rq");
        List<Map<String, String>> rows = select(unionDataset(store), period(text, ""));

        assertThat(rows).extracting(r -> r.get("month"), r -> r.get("meetings"), r -> sorted(r.get("meetingLabels"), " | "))
                .containsExactly(tuple("2023", "1", "year"), tuple("2023-04", "2", "day | month"),
                        tuple("undated", "1", "undated"));
        // a period is the start of the date: a month leaves out the bare year and the undated meeting
        assertThat(select(unionDataset(store), period(text, "2023-04")))
                .extracting(r -> r.get("month"), r -> r.get("meetings")).containsExactly(tuple("2023-04", "2"));
        assertThat(select(unionDataset(store), period(text, "2023")))
                .extracting(r -> r.get("month"), r -> r.get("meetings")).containsExactly(tuple("2023", "1"), tuple("2023-04", "2"));
    }

    @Test
    void meetingsByRegionInOnePeriodAreThatPeriodsRowsOfTheWholeStore() throws IOException {
        List<Map<String, String>> all = select("meetings-by-region-month.rq", "period", "\"\"");
        List<Map<String, String>> in2019 = select("meetings-by-region-month.rq", "period", "\"2019\"");

        assertThat(in2019).isNotEmpty().containsExactlyElementsOf(all.stream().filter(r -> r.get("month").startsWith("2019")).toList());
        // the default is a month of the samples; a day is looked up in the index, and finds that day's meetings
        assertThat(select("meetings-by-region-month.rq")).extracting(r -> r.get("regionLabel") + " " + r.get("month"))
                .contains("Guizhou Province 2023-04").allMatch(s -> s.endsWith(" 2023-04"));
        assertThat(select("meetings-by-region-month.rq", "period", "\"2023-04-17\"")).extracting(r -> r.get("meetingLabels"))
                .containsExactly("ministry-province strategic cooperation meeting");
        assertThat(select("meetings-by-region-month.rq", "period", "\"2023-04-18\"")).isEmpty();
    }

    private static String period(String text, String period) {
        Matcher values = Pattern.compile("VALUES \\?period \\{[^}]*\\}").matcher(text);
        assertThat(values.find()).isTrue();
        return values.replaceFirst(Matcher.quoteReplacement("VALUES ?period { \"" + period + "\" }"));
    }

    // ---------------------------------------------------------------- 5. officials-by-organization

    @Test
    void officialsByOrganizationGroupTheGoldTitlesByOrganization() throws IOException {
        List<Map<String, String>> rows = select("officials-by-organization.rq", "orgName", "\"\"");

        assertThat(members(row(rows, "orgLabel", "Ministry of Education")))
                .containsExactlyInAnyOrder("Huai Jinpeng (Minister)", "Weng Tiehui (Vice Minister)");
        assertThat(members(row(rows, "orgLabel", "Party Group of the Ministry of Education")))
                .containsExactlyInAnyOrder("Huai Jinpeng (Secretary)", "Weng Tiehui (Member)");
        assertThat(members(row(rows, "orgLabel", "Hangzhou Municipal Bureau of Education")))
                .containsExactlyInAnyOrder("Chen Dongsheng (Director)", "Wang Xiaodong (Deputy Director)",
                        "Xu Ailing (Deputy Director)");
        assertThat(row(rows, "orgLabel", "Hangzhou Municipal Bureau of Education"))
                .containsEntry("officials", "3").containsEntry("regionLabel", "Hangzhou");
        assertThat(members(row(rows, "orgLabel", "Hebei Provincial Department of Education")))
                .containsExactlyInAnyOrder("Zhao Hongmin (Director)", "Song Yaping (Deputy Director)");
        // Three titles sharing one organization (gold): two of them in this organization, one role each.
        Map<String, String> guangxi = row(rows, "orgLabel", "Department of Education of Guangxi Zhuang Autonomous Region");
        assertThat(members(guangxi)).hasSize(1);
        assertThat(members(guangxi).get(0)).startsWith("Mo Jianguo (").contains("Deputy Director", "First-level Inspector");
        assertThat(guangxi).containsEntry("regionLabel", "Guangxi Zhuang Autonomous Region");
        // One label per role even where reports differ in case ("Director" / "director").
        assertThat(rows).extracting(r -> r.get("members")).noneMatch(m -> m.matches(".*\\((.*, )?[a-z].*"));
        // Organization-less titles ("Deputy Mayor", "Vice Governor") are not grouped under any organization.
        assertThat(rows).extracting(r -> r.get("members")).noneMatch(m -> m.contains("Lu Wenhao") || m.contains("Shi Lan (Vice"));
    }

    @Test
    void officialsOfOneOrganizationAreThatOrganizationsRowOfTheWholeStore() throws IOException {
        List<Map<String, String>> all = select("officials-by-organization.rq", "orgName", "\"\"");
        List<Map<String, String>> hangzhou = select("officials-by-organization.rq");
        assertThat(hangzhou).hasSize(1).containsExactly(row(all, "orgLabel", "Hangzhou Municipal Bureau of Education"));
        // any case: the IRI is minted from the lower-cased name
        assertThat(select("officials-by-organization.rq", "orgName", "\"hangzhou MUNICIPAL bureau of education\""))
                .isEqualTo(hangzhou);
        // the name, not a part of it: the ministry's party group is another organization
        assertThat(select("officials-by-organization.rq", "orgName", "\"Ministry of Education\""))
                .containsExactly(row(all, "orgLabel", "Ministry of Education"));
        assertThat(select("officials-by-organization.rq", "orgName", "\"Ministry of Nothing\"")).isEmpty();
    }

    // ---------------------------------------------------------------- 6. meetings-within-province

    @Test
    void meetingsWithinGuangxiFindTheLiuzhouConference() throws IOException {
        List<Map<String, String>> rows = select("meetings-within-province.rq");

        assertThat(rows).extracting(r -> r.get("meeting"), r -> r.get("date"), r -> r.get("hostLabel"))
                .containsExactly(tuple(LIUZHOU_MEETING, "2024-06-11", "Guangxi Zhuang Autonomous Region"));
    }

    @Test
    void meetingsWithinProvinceFollowTheRegionChainDown() throws IOException {
        // Qingfeng County -> Puyang -> Henan: two steps.
        assertThat(meetingsWithin("Henan")).containsExactly(sampleMeeting("county-inspection", "m1"));
        assertThat(meetingsWithin("Liaoning Province")).containsExactly(sampleMeeting("dalian-teachers-day", "m1"));
        assertThat(meetingsWithin("zhejiang")).containsExactlyInAnyOrder(
                sampleMeeting("hangzhou-two-meetings", "m1"), sampleMeeting("hangzhou-two-meetings", "m2"));
        // By Wikidata QID.
        assertThat(meetingsWithin("Q47097")).containsExactly(GUIZHOU_MEETING);
        assertThat(meetingsWithin("Q15176")).containsExactly(LIUZHOU_MEETING);
        // The symposium took place in Beijing but was hosted by China (gold): not a Beijing meeting.
        assertThat(meetingsWithin("Beijing")).isEmpty();
        // Not a province: Hangzhou is a city.
        assertThat(meetingsWithin("Hangzhou")).isEmpty();
    }

    private List<String> meetingsWithin(String province) throws IOException {
        return select("meetings-within-province.rq", "province", literal(province)).stream()
                .map(r -> r.get("meeting")).toList();
    }

    // ---------------------------------------------------------------- 7. evidence-for-fact

    @Test
    void evidenceThatHuaiJinpengSpokeAtTheGuizhouMeetingIsTheSentenceNamingHim() throws IOException {
        List<Map<String, String>> rows = select("evidence-for-fact.rq",
                "property", "cg:spokeAt", "objectText", "\"ministry-province\"");

        assertThat(rows).hasSize(1);
        Map<String, String> r = rows.get(0);
        assertThat(r).containsEntry("object", GUIZHOU_MEETING).containsEntry("sourceFile", "moe-guizhou-cooperation.txt")
                .containsEntry("property", CG + "spokeAt");
        assertThat(r.get("sentenceText")).contains("Huai Jinpeng, Secretary of the Party Group", "attended and delivered speeches");
        assertThat(Double.parseDouble(r.get("confidence"))).isBetween(0.5, 1.0);
        assertSentenceAtOffsets(r);
    }

    @Test
    void evidenceForEveryFactAboutHuaiJinpengNamesHimAndPointsIntoTheCleanedText() throws IOException {
        List<Map<String, String>> rows = select("evidence-for-fact.rq");

        // Two meetings (attended + spoke at each) and three titles (gold).
        assertThat(rows).extracting(r -> r.get("property").substring(CG.length()), r -> r.get("sourceFile"))
                .containsExactlyInAnyOrder(
                        tuple("attended", "moe-guizhou-cooperation.txt"), tuple("spokeAt", "moe-guizhou-cooperation.txt"),
                        tuple("holdsTitle", "moe-guizhou-cooperation.txt"), tuple("holdsTitle", "moe-guizhou-cooperation.txt"),
                        tuple("attended", "ministry-symposium-no-date.txt"), tuple("spokeAt", "ministry-symposium-no-date.txt"),
                        tuple("holdsTitle", "ministry-symposium-no-date.txt"));
        for (Map<String, String> r : rows) {
            assertThat(r.get("sentenceText")).as(r.toString()).contains("Huai Jinpeng");
            assertSentenceAtOffsets(r);
        }
        assertThat(row(rows, "objectLabel", "Minister of Education").get("sentenceText"))
                .isEqualTo("Huai Jinpeng, Minister of Education, attended the symposium and delivered a speech.");
    }

    @Test
    void evidenceThatFangJianhuaPresidedAndShiLanSigned() throws IOException {
        Map<String, String> presided = select("evidence-for-fact.rq",
                "name", "\"Fang Jianhua\"", "property", "cg:presided").get(0);
        assertThat(presided.get("sentenceText")).contains("Fang Jianhua, Deputy Secretary", "presided over the meeting");
        assertThat(presided).containsEntry("object", GUIZHOU_MEETING);

        List<Map<String, String>> titles = select("evidence-for-fact.rq",
                "name", "\"Shi Lan\"", "property", "cg:signedAt cg:holdsTitle");
        assertThat(titles).extracting(r -> r.get("objectLabel")).containsExactlyInAnyOrder(
                "ministry-province strategic cooperation meeting",
                "member of the Standing Committee of the Party Committee of Guizhou Province", "Vice Governor");
        assertThat(titles).allSatisfy(r -> assertThat(r.get("sentenceText")).contains("Shi Lan", "signed the agreement"));
    }

    private static void assertSentenceAtOffsets(Map<String, String> r) throws IOException {
        String text = cleanedText(r.get("sourceFile"));
        int start = Integer.parseInt(r.get("startOffset"));
        int end = Integer.parseInt(r.get("endOffset"));
        assertThat(text.substring(start, end)).as("text[start, end) of " + r.get("sourceFile")).isEqualTo(r.get("sentenceText"));
    }

    private static final Map<String, String> CLEANED = new HashMap<>();

    private static String cleanedText(String file) throws IOException {
        if (!CLEANED.containsKey(file)) {
            try {
                CLEANED.put(file, pipeline.run(SAMPLES.resolve(file)).report().text());
            } catch (BadReportException e) {
                throw new IllegalStateException(e);
            }
        }
        return CLEANED.get(file);
    }

    // ---------------------------------------------------------------- 8. federated-wikidata-regions

    @Test
    void federatedQueryCallsWikidataOncePerLinkedProvince() throws IOException {
        String text = Files.readString(QUERIES.resolve("federated-wikidata-regions.rq"), StandardCharsets.UTF_8);
        assertThat(text.lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n")))
                .containsIgnoringCase("needs network");
        Query query = QueryFactory.create(text);

        List<String> services = elements(query).stream().filter(e -> e instanceof ElementService)
                .map(e -> ((ElementService) e).getServiceNode().getURI()).toList();
        assertThat(services).containsExactly("https://query.wikidata.org/sparql");
        assertThat(text).contains("owl:sameAs", "wdt:P1082", "LANG(?wdLabelZh) = \"zh\"");
        // Jena must evaluate SERVICE after the local part, with ?wikidata bound (a sequence, not a join);
        // a join would send Wikidata one unbound query over all its items.
        Op op = Algebra.optimize(Algebra.compile(query));
        List<Op> joinsWithService = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpJoin join) {
                if (join.getLeft() instanceof OpService || join.getRight() instanceof OpService) {
                    joinsWithService.add(join);
                }
            }
        });
        assertThat(joinsWithService).isEmpty();
        assertThat(op.toString()).contains("(sequence", "(service <https://query.wikidata.org/sparql>");
    }

    // ---------------------------------------------------------------- 9. ministry-co-hosted-meetings

    @Test
    void theMinistryCoOrganizedOnlyTheGuizhouMeetingWithARegion() throws IOException {
        List<Map<String, String>> rows = select("ministry-co-hosted-meetings.rq");

        // The symposium the ministry held alone (host China) is not listed.
        assertThat(rows).extracting(r -> r.get("meeting"), r -> r.get("date"), r -> r.get("hostLabel"), r -> r.get("coOrganizers"))
                .containsExactly(tuple(GUIZHOU_MEETING, "2023-04-17", "Guizhou Province", "People's Government of Guizhou Province"));
    }

    @Test
    void provincialDepartmentsCoOrganizedTheirMeetingsWithRegionalBodies() throws IOException {
        List<Map<String, String>> guangxi = select("ministry-co-hosted-meetings.rq",
                "ministryLabel", "\"Department of Education of Guangxi Zhuang Autonomous Region\"");
        assertThat(guangxi).extracting(r -> r.get("meeting"), r -> r.get("hostLabel"))
                .containsExactly(tuple(LIUZHOU_MEETING, "Guangxi Zhuang Autonomous Region"));
        assertThat(guangxi.get(0).get("coOrganizers")).contains("People's Government of Liuzhou Municipality");

        List<Map<String, String>> hebei = select("ministry-co-hosted-meetings.rq",
                "ministryLabel", "\"Hebei Provincial Department of Education\"");
        assertThat(hebei).extracting(r -> r.get("meeting"), r -> r.get("date"), r -> r.get("coOrganizers"))
                .containsExactly(tuple(sampleMeeting("messy-provincial-conference", "m1"), "2024-01-19",
                        "Education Work Committee of the CPC Hebei Provincial Committee"));
    }

    // ---------------------------------------------------------------- 10. officials-with-minister-of-education

    @Test
    void officialsWhoMetTheMinisterOfEducationIn2023AreTheOtherGuizhouParticipants() throws IOException {
        List<Map<String, String>> rows = select("officials-with-minister-of-education.rq");

        Set<String> expected = new TreeSet<>(goldParticipants("moe-guizhou-cooperation", "m1").keySet());
        expected.remove("Huai Jinpeng");
        assertThat(rows).extracting(r -> r.get("name")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).extracting(r -> r.get("ministerName")).containsOnly("Huai Jinpeng");
        assertThat(rows).extracting(r -> r.get("meetingLabels"))
                .containsOnly("ministry-province strategic cooperation meeting (2023-04-17)");
        // The symposium with Liu Qingyun and Yan Zhiwei has no date, and in 2024 the minister met nobody.
        assertThat(select("officials-with-minister-of-education.rq", "period", "\"2024\"")).isEmpty();
        // a month and a year find the same meeting; the day after it, nothing
        assertThat(select("officials-with-minister-of-education.rq", "period", "\"2023-04\"")).isEqualTo(rows);
        assertThat(select("officials-with-minister-of-education.rq", "period", "\"2023\"")).isEqualTo(rows);
        assertThat(select("officials-with-minister-of-education.rq", "period", "\"2023-04-18\"")).isEmpty();
    }

    // ---------------------------------------------------------------- 11. reports-overview

    @Test
    void reportsOverviewCountsTheGoldOfficialsAndMeetingsOfEachReport() throws IOException {
        List<Map<String, String>> rows = select("reports-overview.rq", "period", "\"\"");

        Map<String, String> expected = new TreeMap<>();
        for (JsonObject gold : golds().values()) {
            long officials = gold.get("officials").getAsArray().stream()
                    .filter(o -> !o.getAsObject().get("optional").getAsBoolean().value()).count();
            expected.put(str(gold.get("doc")), str(gold.get("published")) + " " + officials + " officials "
                    + gold.get("meetings").getAsArray().size() + " meetings");
        }
        Map<String, String> actual = new TreeMap<>();
        rows.forEach(r -> actual.put(r.get("sourceFile"),
                r.get("published") + " " + r.get("officials") + " officials " + r.get("meetings") + " meetings"));
        assertThat(actual).isEqualTo(expected);
        assertThat(row(rows, "sourceFile", "moe-guizhou-cooperation.txt").get("headline"))
                .startsWith("The Ministry of Education and Guizhou Province Hold a Strategic Cooperation Meeting");
    }

    @Test
    void reportsOverviewOfADayOrAMonthIsThoseRowsOfTheWholeStore() throws IOException {
        List<Map<String, String>> all = select("reports-overview.rq", "period", "\"\"");
        List<Map<String, String>> day = select("reports-overview.rq");
        assertThat(day).isNotEmpty().isEqualTo(all.stream().filter(r -> "2023-04-18".equals(r.get("published"))).toList());
        String month = all.stream().map(r -> r.get("published")).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow().substring(0, 7);
        assertThat(select("reports-overview.rq", "period", literal(month)))
                .isNotEmpty().isEqualTo(all.stream().filter(r -> r.getOrDefault("published", "").startsWith(month)).toList());
        assertThat(select("reports-overview.rq", "period", "\"1999\"")).isEmpty();
        // the report with no date is in the whole-store answer only
        assertThat(all).extracting(r -> r.get("sourceFile")).contains("ministry-symposium-no-date.txt");
    }

    // ---------------------------------------------------------------- helpers

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static String query(String file) throws IOException {
        return Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
    }

    /**
     * Runs a query file with its parameters changed: pairs of (variable, SPARQL values), each replacing the
     * values of the file's one {@code VALUES ?variable { ... }} line, so a renamed parameter fails loudly.
     */
    private static List<Map<String, String>> select(String file, String... parameters) throws IOException {
        String text = query(file);
        for (int i = 0; i < parameters.length; i += 2) {
            Pattern values = Pattern.compile("VALUES \\?" + parameters[i] + " \\{[^}]*\\}");
            assertThat(values.matcher(text).results().count()).as(file + " parameter ?" + parameters[i]).isEqualTo(1);
            text = values.matcher(text).replaceFirst(
                    Matcher.quoteReplacement("VALUES ?" + parameters[i] + " { " + parameters[i + 1] + " }"));
        }
        return select(dataset, text);
    }

    /** Rows of a SELECT: variable → IRI or literal lexical form; unbound variables are absent. */
    private static List<Map<String, String>> select(Dataset ds, String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(ds).query(text).build()) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }

    /** The one row whose columns have the given values (key, value, key, value ...). */
    private static Map<String, String> row(List<Map<String, String>> rows, String... keyValues) {
        List<Map<String, String>> found = rows.stream().filter(r -> {
            for (int i = 0; i < keyValues.length; i += 2) {
                if (!keyValues[i + 1].equals(r.get(keyValues[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
        assertThat(found).as("rows with " + Arrays.toString(keyValues) + " in " + rows).hasSize(1);
        return found.get(0);
    }

    /** officials-at-meeting rows as name → "capacities | titles", capacities and titles sorted. */
    private static Map<String, String> participantsByName(List<Map<String, String>> rows) {
        Map<String, String> m = new TreeMap<>();
        for (Map<String, String> r : rows) {
            m.put(r.get("name"), sorted(r.get("capacities"), ", ") + " | " + sorted(r.get("titles"), "; "));
        }
        return m;
    }

    /** The IRI of a sample report's meeting: report ids carry the start of the file's content hash. */
    private static String sampleMeeting(String stem, String key) {
        return org.w3id.cadregraph.graph.Iris.meeting(SampleGraphs.reportId(stem), key).getURI();
    }

    private static String sampleGraph(String stem) {
        return org.w3id.cadregraph.graph.Iris.graph(SampleGraphs.reportId(stem)).getURI();
    }

    /** The gold participants of a meeting in the same form, with the titles the gold gives them. */
    private static Map<String, String> goldParticipants(String stem, String meetingId) throws IOException {
        JsonObject gold = golds().get(stem);
        Map<String, List<String>> titles = new HashMap<>();
        for (JsonValue o : gold.get("officials").getAsArray()) {
            titles.put(str(o.getAsObject().get("name")), strings(o.getAsObject().get("titles")));
        }
        JsonObject meeting = gold.get("meetings").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(m -> meetingId.equals(str(m.get("id")))).findFirst().orElseThrow();
        Map<String, String> m = new TreeMap<>();
        participants(meeting).forEach((name, roles) -> m.put(name,
                String.join(", ", new TreeSet<>(roles)) + " | " + String.join("; ", new TreeSet<>(titles.get(name)))));
        return m;
    }

    private static Map<String, List<String>> participants(JsonObject meeting) {
        Map<String, List<String>> m = new TreeMap<>();
        for (JsonValue p : meeting.get("participants").getAsArray()) {
            m.put(str(p.getAsObject().get("name")), strings(p.getAsObject().get("roles")));
        }
        return m;
    }

    private static Map<String, JsonObject> golds() throws IOException {
        Map<String, JsonObject> golds = new TreeMap<>();
        try (Stream<Path> s = Files.list(GOLD)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".gold.json")).toList()) {
                golds.put(p.getFileName().toString().replace(".gold.json", ""), JSON.read(p.toString()));
            }
        }
        return golds;
    }

    private static String str(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    private static List<String> strings(JsonValue array) {
        return array.getAsArray().stream().map(QueriesTest::str).toList();
    }

    private static String sorted(String joined, String separator) {
        return joined == null || joined.isEmpty() ? "" : String.join(separator, new TreeSet<>(List.of(joined.split(Pattern.quote(separator)))));
    }

    private static List<String> members(Map<String, String> row) {
        return List.of(row.get("members").split("; "));
    }

    /** An unordered pair of names, case-insensitive (the gold keeps "WANG Xiaodong" as written). */
    private static String pair(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.compareTo(y) < 0 ? x + " + " + y : y + " + " + x;
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<Object> elements(Query query) {
        List<Object> found = new ArrayList<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph el) {
                found.add(el);
            }

            @Override
            public void visit(ElementService el) {
                found.add(el);
            }
        });
        return found;
    }

    /** Whether the query's algebra reads a named graph anywhere, subqueries included (the element walker skips them). */
    private static boolean usesGraph(Query query) {
        List<Op> graphs = new ArrayList<>();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpGraph graph) {
                graphs.add(graph);
            }
        });
        return !graphs.isEmpty();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
