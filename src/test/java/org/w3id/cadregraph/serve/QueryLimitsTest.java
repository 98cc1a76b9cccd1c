package org.w3id.cadregraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.store.SmallStore;

/**
 * The query timeout stops the work and is an HTTP error, on a server whose timeout is 1.5 s. A request thread
 * sends its response only after the query has stopped, so an answer at all proves that a match which would
 * otherwise run for hours was interrupted; {@code @Timeout} turns a regression into a failure, not a hang.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class QueryLimitsTest {
    /** Matching this fails only after trying every way to split 48 a's into 12 groups: hours. */
    private static final String RUNAWAY_TEXT = "a".repeat(48) + "!";
    private static final String RUNAWAY_PATTERN = "^(.*a){12}$";

    private FusekiLauncher launcher;
    private FusekiLauncher generousLauncher;
    /** Timeout 1.5 s: the runaway queries. */
    private String base;
    /** Timeout 60 s: queries that must answer, even on a busy machine. */
    private String generous;

    @BeforeAll
    void start(@TempDir Path dir) {
        SmallStore.create(dir.resolve("db"));
        launcher = new FusekiLauncher(TestServers.configWithTimeout(dir, 1500), ServerSettings.of(dir.resolve("db"), 0));
        base = "http://localhost:" + launcher.start().getHttpPort();
        generousLauncher = new FusekiLauncher(TestServers.configWithTimeout(dir, 60_000), ServerSettings.of(dir.resolve("db"), 0));
        generous = "http://localhost:" + generousLauncher.start().getHttpPort();
    }

    @AfterAll
    void stop() {
        if (launcher != null) {
            launcher.stop();
        }
        if (generousLauncher != null) {
            generousLauncher.stop();
        }
    }

    @Test
    void aRegexThatBacktracksForeverIsStoppedByTheTimeout() throws Exception {
        HttpResponse<String> response = TestServers.send(TestServers.query(base,
                "SELECT ?x { BIND(regex(\"" + RUNAWAY_TEXT + "\", \"" + RUNAWAY_PATTERN + "\") AS ?x) }"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out");
    }

    @Test
    void aRunawayRegexInAFilterOverTheDataIsStoppedToo() throws Exception {
        HttpResponse<String> response = TestServers.send(TestServers.query(base,
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s { ?s rdfs:label ?l "
                        + "FILTER(regex(CONCAT(\"" + "a".repeat(48) + "\", ?l), \"" + RUNAWAY_PATTERN + "\")) }"));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void replaceAndFnMatchesAreStoppedToo() throws Exception {
        HttpResponse<String> replace = TestServers.send(TestServers.query(base,
                "SELECT ?x { BIND(REPLACE(\"" + RUNAWAY_TEXT + "\", \"" + RUNAWAY_PATTERN + "\", \"b\") AS ?x) }"));
        HttpResponse<String> matches = TestServers.send(TestServers.query(base,
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                        + "SELECT ?x { BIND(fn:matches(\"" + RUNAWAY_TEXT + "\", \"" + RUNAWAY_PATTERN + "\") AS ?x) }"));

        assertThat(replace.statusCode()).isEqualTo(503);
        assertThat(matches.statusCode()).isEqualTo(503);
    }

    @Test
    void regexAndReplaceStillAnswerAsArqDoes() throws Exception {
        HttpResponse<String> response = TestServers.send(TestServers.query(generous,
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?name ?short ?zh { ?p rdfs:label ?name FILTER regex(?name, \"^li\", \"i\") "
                        + "BIND(REPLACE(?name, \"(\\\\w+) (\\\\w+)\", \"$2 $1\") AS ?short) "
                        + "BIND(REPLACE(\"怀进鹏\"@zh, \"进\", \"-\") AS ?zh) }"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"Li Qiang\"", "\"Qiang Li\"", "\"怀-鹏\"", "\"xml:lang\": \"zh\"");
    }

    @Test
    void aTimeoutBeforeTheFirstRowIs503() throws Exception {
        HttpResponse<String> response = TestServers.send(TestServers.query(base,
                "SELECT (COUNT(*) AS ?count) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }"));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void aTimeoutWhileArqBuildsThePlanStopsTheWorkToo() throws Exception {
        // TDB2 runs a grouped subquery that starts a join to its end while ARQ builds the plan (it asks whether
        // the subquery has a row), under the lock that ARQ's own timeout waits for: that timeout came only when
        // the counting was over (ten patterns' cross product: days; eight took 45 s).
        HttpResponse<String> response = TestServers.send(TestServers.query(base,
                "SELECT * { { SELECT (COUNT(*) AS ?count) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . "
                        + "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?bb ?cc ?dd } } ?ee ?ff ?count }"));

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void aTimeoutWhileResultsAreSentBreaksTheResponseInsteadOfEndingIt() throws Exception {
        // 9^9 rows: the first ones are sent (status 200 is out) long before the timeout.
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                TestServers.query(base, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . "
                        + "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa }"),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body()) {

            assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        }
    }
}
