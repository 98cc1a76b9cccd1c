package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.serve.ServerAddress;
import org.w3id.cadregraph.store.SmallStore;

/**
 * The README's flow: a store served by {@code serve} in another process (TDB2 lets one process hold a store),
 * and the other commands run against it meanwhile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServedStoreTest {
    private static final String NAMES = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT DISTINCT ?name { ?p a <" + SmallStore.CG + "Official> ; rdfs:label ?name } ORDER BY ?name";

    private Path db;
    private Process server;

    @BeforeAll
    void serveInAnotherProcess(@TempDir Path dir) throws Exception {
        db = dir.resolve("db");
        createAndRelease(db);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CadregraphCommand.class.getName(), "serve", "--db", db.toString(), "--port", "0", "--localhost"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (ServerAddress.readFrom(db).isEmpty()) {
            assertThat(server.isAlive()).as("server died: %s", Files.readString(dir.resolve("server.log"))).isTrue();
            assertThat(Instant.now()).as("server did not start").isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    /** The store, written and let go: TDB2 keeps a store open (and locked) in the process that opened it. */
    private static void createAndRelease(Path store) {
        SmallStore.create(store);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()), true);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void queryIsSentToTheServerThatHoldsTheStore() {
        CliRun run = CliRun.of("query", "--db", db.toString(), "--format", "csv", "-e", NAMES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).containsExactly("name", "Chen Min'er", "Huai Jinpeng", "Li Qiang");
    }

    @Test
    void queryEndpointOptionAsksAnyEndpoint() {
        String endpoint = ServerAddress.readFrom(db).orElseThrow().sparqlEndpoint().toString();

        CliRun run = CliRun.of("query", "--endpoint", endpoint, "--format", "tsv", "-e", NAMES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).hasSize(4);
    }

    @Test
    void buildSaysWhichServerToStopAndHowToUpdateAServedStore(@TempDir Path reports) throws Exception {
        Path report = Files.writeString(reports.resolve("r.txt"), "Li Qiang attended the meeting.");

        CliRun run = CliRun.of("build", report.toString(), "--db", db.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err().lines().filter(l -> l.startsWith("cadregraph:"))).singleElement().asString()
                .contains("is served by process " + server.pid(), "stop that server first", "--db NEW-DB");
    }

    @Test
    void aSecondServerOrAnExportIsToldTheStoreIsServed() {
        CliRun serve = CliRun.of("serve", "--db", db.toString(), "--port", "0");
        CliRun export = CliRun.of("export", "--db", db.toString(), "--format", "nq");

        assertThat(serve.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(serve.err().lines()).singleElement().asString().contains("already being served");
        assertThat(export.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(export.err().lines()).singleElement().asString().contains("stop that server first");
    }

    @Test
    void theAddressIsRemovedWhenTheServerStops(@TempDir Path dir) throws Exception {
        // A second server of its own, stopped here, so the other tests keep theirs.
        Path other = dir.resolve("db");
        createAndRelease(other);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CadregraphCommand.class.getName(), "serve", "--db", other.toString(), "--port", "0", "--localhost"))
                .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "log")).start();
        try {
            while (ServerAddress.readFrom(other).isEmpty() && p.isAlive()) {
                Thread.sleep(200);
            }
            assertThat(ServerAddress.readFrom(other)).isPresent();
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ServerAddress.readFrom(other)).isEmpty();
        CliRun run = CliRun.of("query", "--db", other.toString(), "--format", "csv", "-e", NAMES);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("sending the query");
    }
}
