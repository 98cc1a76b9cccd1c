package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cadregraph.serve.FusekiLauncher;
import org.w3id.cadregraph.serve.ServerConfig;
import org.w3id.cadregraph.serve.ServerSettings;
import org.w3id.cadregraph.store.MeetingLabelIndex;

/**
 * The text index of meeting labels on real TDB2 stores of the samples: built by {@code build}, used by
 * {@code queries/officials-at-meeting.rq} through {@code query} and Fuseki with the same rows as reading every
 * label, following an incremental build, and absent from an old store, which still answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MeetingLabelIndexTest {
    private static final Path QUERY = Path.of("queries/officials-at-meeting.rq");
    private static final String TEXT_LINE = "    ?meeting text:query (?textQuery 1000000000) .\n";
    private static final String GUIZHOU_MEETING = "https://w3id.org/cadregraph/id/meeting/moe-guizhou-cooperation";

    private static final String DALIAN_MEETING = "https://w3id.org/cadregraph/id/meeting/dalian-teachers-day";

    private Path db;

    @BeforeAll
    void buildTheSamples(@TempDir Path dir) {
        db = dir.resolve("db");
        CliRun run = CliRun.of("build", "samples", "--db", db.toString(), "--no-progress");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("indexed ", " labels of ", " meetings for text:query");
    }

    /** The query with ?meetingText set. */
    private static String officialsAt(String meetingText) throws IOException {
        String query = Files.readString(QUERY);
        assertThat(query).contains(TEXT_LINE, "VALUES ?meetingText { \"ministry-province\" }");
        return query.replace("VALUES ?meetingText { \"ministry-province\" }", "VALUES ?meetingText { " + meetingText + " }");
    }

    /** The same query without text:query: every meeting label read and compared, as the query was before the index. */
    private static String scanning(String query) {
        return query.replace(TEXT_LINE, "");
    }

    private static String probe(String luceneQuery) {
        return "PREFIX text: <http://jena.apache.org/text#> SELECT ?m WHERE { ?m text:query (\"" + luceneQuery
                + "\" 1000) } ORDER BY ?m";
    }

    private static CliRun query(Path store, String sparql) {
        CliRun run = CliRun.of("query", "--db", store.toString(), "--format", "csv", "-e", sparql);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return run;
    }

    @Test
    void buildLeavesACurrentIndexInTheStoresDirectory() {
        assertThat(MeetingLabelIndex.isCurrent(db)).isTrue();
        assertThat(db.resolve("text-index")).isDirectory();
    }

    @Test
    void textQueryFindsTheMeetingsWhoseLabelHasTheWords() {
        List<String> hits = query(db, probe("*ministry AND province*")).out().lines().toList();

        // One meeting of the store, not a pass-through row: the index answered.
        assertThat(hits).hasSize(2).first().isEqualTo("m");
        assertThat(hits.get(1)).startsWith(GUIZHOU_MEETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"ministry-province\"", "\"MINISTRY-Province strategic\"", "\"istry-prov\"", "\"signing ceremony\"",
            "\"report meeting\"", "\"Teachers' Day\"", "\"teachers day\"", "\"symposium\"", "\"young teachers in colleges\"",
            "\"ing\"", "\"-\"", "\"\"", "\"no such meeting\"", "\"2023\""})
    void theIndexedQueryGivesTheRowsOfTheScan(String meetingText) throws IOException {
        String indexed = officialsAt(meetingText);

        CliRun withIndex = query(db, indexed);
        CliRun scan = query(db, scanning(indexed));

        assertThat(withIndex.out()).isEqualTo(scan.out());
    }

    @Test
    void theComparisonIsNotVacuous() throws IOException {
        assertThat(query(db, officialsAt("\"ministry-province\"")).out().lines()).hasSize(9);   // header + 8 officials
        assertThat(query(db, officialsAt("\"istry-prov\"")).out().lines()).hasSize(9);
        assertThat(query(db, officialsAt("\"\"")).out().lines().count()).isGreaterThan(20);
        assertThat(query(db, officialsAt("\"teachers day\"")).out().lines()).hasSize(1);   // no label has it without the '
    }

    /**
     * Labels and texts where the two sides could part: letters whose lower case is not one letter lowered alone
     * ("İ", final "Σ"), operators of Lucene's syntax, quotes and backslashes, CJK, one letter, a word longer than
     * Lucene takes in a wildcard, more words than it takes in one query.
     */
    @Test
    void theIndexedQueryGivesTheRowsOfTheScanForTextsThatCouldPartThem(@TempDir Path dir) throws IOException {
        String longWord = "x".repeat(5000);
        String manyWords = java.util.stream.IntStream.range(0, 1100).mapToObj(i -> "w" + i)
                .collect(java.util.stream.Collectors.joining(" "));
        List<String> labels = List.of("İstanbul cooperation meeting", "ΟΔΟΣ meeting", "AND OR NOT meeting",
                "O'Brien's co-operation forum", "Session 2 of the 14th NPC", "a", "Meeting with * and \\ and \" quotes",
                "全国教育工作会议", "Café meeting", "prefix " + longWord + " suffix", manyWords, "Straße meeting");
        StringBuilder quads = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            String meeting = "<https://example.org/meeting/" + i + ">";
            String official = "<https://example.org/official/" + i + ">";
            String graph = " <https://example.org/graph/" + i + "> .\n";
            String label = labels.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
            quads.append(meeting).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/cadregraph/ontology#Meeting>").append(graph)
                    .append(meeting).append(" <http://www.w3.org/2000/01/rdf-schema#label> \"").append(label).append('"').append(graph)
                    .append(official).append(" <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/cadregraph/ontology#Official>").append(graph)
                    .append(official).append(" <http://www.w3.org/2000/01/rdf-schema#label> \"Official ").append(i).append('"').append(graph)
                    .append(official).append(" <https://w3id.org/cadregraph/ontology#attended> ").append(meeting).append(graph);
        }
        Path file = dir.resolve("labels.nq");
        Files.writeString(file, quads);
        Path store = dir.resolve("db");
        CliRun load = CliRun.of("load", file.toString(), "--db", store.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(MeetingLabelIndex.isCurrent(store)).isTrue();

        List<String> texts = List.of("İstanbul", "i̇stanbul", "ΟΔΟΣ", "οδος", "AND", "OR", "NOT", "and or not", "*", "\\",
                "\"", "O'Brien's", "co-op", "'s co", "2", "14th", "a", "A", "教育", "Café", "afé", "STRASSE", "straße",
                "x".repeat(199), "x".repeat(1000), "x".repeat(4097), "prefix " + "x".repeat(100), manyWords, "w5 w6", " ");
        int found = 0;
        for (String text : texts) {
            String literal = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            String indexed = officialsAt(literal);
            CliRun withIndex = CliRun.of("query", "--db", store.toString(), "--format", "csv", "-e", indexed);
            CliRun scan = query(store, scanning(indexed));
            assertThat(withIndex.exitCode()).as(text.length() > 40 ? text.substring(0, 40) + "…" : text).isZero();
            assertThat(withIndex.out()).as(text.length() > 40 ? text.substring(0, 40) + "…" : text).isEqualTo(scan.out());
            found += withIndex.out().lines().count() > 1 ? 1 : 0;
        }
        assertThat(found).as("texts that find a meeting").isGreaterThan(20);
    }

    @Test
    void fusekiServesTheTextDatasetWithTheSameRows(@TempDir Path dir) throws Exception {
        Path served = dir.resolve("db");
        assertThat(CliRun.of("build", "samples", "--db", served.toString(), "--no-progress").exitCode()).isZero();
        String expected = query(served, scanning(officialsAt("\"Teachers' Day\""))).out();
        FusekiLauncher launcher = new FusekiLauncher(ServerConfig.readDefault(), ServerSettings.of(served, 0).withLocalhost(true));
        FusekiServer server = launcher.start();
        try {
            String base = "http://localhost:" + server.getPort();
            assertThat(csv(base, officialsAt("\"Teachers' Day\""))).isEqualTo(expected.replace("\r\n", "\n"));
            assertThat(csv(base, probe("*ministry AND province*")).lines()).hasSize(2).last().asString().startsWith(GUIZHOU_MEETING);
            // The union default graph still works through the text dataset.
            assertThat(csv(base, "SELECT (COUNT(*) AS ?n) { ?m a <https://w3id.org/cadregraph/ontology#Meeting> }").lines())
                    .last().asString().isNotEqualTo("0");
        } finally {
            launcher.stop();
        }
    }

    private static String csv(String base, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + FusekiLauncher.SPARQL_ENDPOINT + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replace("\r\n", "\n");
    }

    @Test
    void anIncrementalBuildLeavesNoStaleHits(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("README.md")).toList()) {
                Files.copy(f, reports.resolve(f.getFileName()));
            }
        }
        Path store = dir.resolve("db");
        assertThat(CliRun.of("build", reports.toString(), "--db", store.toString(), "--no-progress").exitCode()).isZero();
        assertThat(query(store, probe("*:*")).out()).contains(DALIAN_MEETING);

        // A report changed: its meeting is renamed.
        Path guizhou = reports.resolve("moe-guizhou-cooperation.txt");
        Files.writeString(guizhou, Files.readString(guizhou).replace("ministry-province strategic cooperation meeting",
                "joint strategic cooperation meeting"));
        CliRun changed = CliRun.of("build", reports.toString(), "--db", store.toString(), "--no-progress");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.err()).contains("indexed ");
        assertThat(query(store, probe("*ministry AND province*")).out().lines()).containsExactly("m");
        assertThat(query(store, probe("joint")).out().lines()).hasSize(2);
        assertThat(query(store, officialsAt("\"ministry-province\"")).out().lines()).containsExactly(
                "meeting,meetingLabel,date,official,name,capacities,titles");

        // A report pruned: its meeting goes.
        Files.delete(reports.resolve("dalian-teachers-day.txt"));
        CliRun pruned = CliRun.of("build", reports.toString(), "--db", store.toString(), "--prune", "--no-progress");
        assertThat(pruned.exitCode()).as(pruned.err()).isZero();
        String left = query(store, probe("*:*")).out();
        assertThat(left).doesNotContain(DALIAN_MEETING).contains("https://w3id.org/cadregraph/id/meeting/");

        // Nothing changed: the index is kept as it is, and still used.
        CliRun unchanged = CliRun.of("build", reports.toString(), "--db", store.toString(), "--no-progress");
        assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
        assertThat(unchanged.err()).doesNotContain("indexed ");
        assertThat(MeetingLabelIndex.isCurrent(store)).isTrue();
        assertThat(query(store, probe("joint")).out().lines()).hasSize(2);
    }

    @Test
    void aStoreWithoutTheIndexStillAnswersAndIndexMakesIt(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("db");
        assertThat(CliRun.of("build", "samples", "--db", old.toString(), "--no-progress").exitCode()).isZero();
        IO.deleteAll(old.resolve("text-index"));   // as a store built before the index
        String meeting = officialsAt("\"ministry-province\"");
        String expected = query(old, scanning(meeting)).out();

        CliRun run = query(old, meeting);
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.out().lines()).hasSize(9);

        FusekiLauncher launcher = new FusekiLauncher(ServerConfig.readDefault(), ServerSettings.of(old, 0).withLocalhost(true));
        FusekiServer server = launcher.start();
        try {
            assertThat(csv("http://localhost:" + server.getPort(), meeting)).isEqualTo(expected.replace("\r\n", "\n"));
        } finally {
            launcher.stop();
        }
        assertThat(old.resolve("text-index")).as("served without the index, and none created").doesNotExist();
    }

    @Test
    void indexMakesTheIndexOfAStoreWithoutOne(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("db");
        assertThat(CliRun.of("build", "samples", "--db", old.toString(), "--no-progress").exitCode()).isZero();
        IO.deleteAll(old.resolve("text-index"));
        assertThat(query(old, probe("*ministry AND province*")).out().lines()).containsExactly("m", "");

        CliRun index = CliRun.of("index", "--db", old.toString());

        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(index.err()).contains("indexed ");
        assertThat(query(old, probe("*ministry AND province*")).out().lines()).hasSize(2).last().asString()
                .startsWith(GUIZHOU_MEETING);
    }

    @Test
    void loadIndexesTheGraphsItLoads(@TempDir Path dir) {
        Path nq = dir.resolve("samples.nq");
        assertThat(CliRun.of("extract", "samples", "-o", nq.toString(), "--no-progress").exitCode()).isZero();
        Path store = dir.resolve("db");

        CliRun load = CliRun.of("load", nq.toString(), "--db", store.toString(), "--no-compact");

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.err()).contains("indexed ");
        assertThat(query(store, probe("*ministry AND province*")).out().lines()).hasSize(2).last().asString()
                .startsWith(GUIZHOU_MEETING);
    }

    @Test
    void aStaleMarkedIndexIsNotUsed(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("db");
        assertThat(CliRun.of("build", "samples", "--db", store.toString(), "--no-progress").exitCode()).isZero();

        MeetingLabelIndex.markStale(store);   // as a build killed half-way leaves it

        assertThat(MeetingLabelIndex.isCurrent(store)).isFalse();
        assertThat(query(store, probe("*ministry AND province*")).out().lines()).containsExactly("m", "");
        assertThat(query(store, officialsAt("\"ministry-province\"")).out().lines()).hasSize(9);
    }
}
