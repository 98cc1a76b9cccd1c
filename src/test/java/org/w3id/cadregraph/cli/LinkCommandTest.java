package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.link.Linker;
import org.w3id.cadregraph.store.TdbStore;
import picocli.CommandLine;

/** {@code cadregraph link} as a user runs it: exit codes and output. */
class LinkCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = CadregraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private Path database() {
        Path db = dir.resolve("db");
        try (TdbStore store = TdbStore.open(db)) {
            Node g = Iris.graph("report");
            store.replaceReportGraph(g, s -> {
                Node china = Iris.region("china");
                s.quad(Quad.create(g, china, RDF.Nodes.type, CG.Region));
                s.quad(Quad.create(g, china, RDFS.Nodes.label, NodeFactory.createLiteralString("People's Republic of China")));
                s.quad(Quad.create(g, china, OWL.sameAs.asNode(), Iris.wikidata("Q148")));
                Node npc = Iris.organization("National People's Congress", "");
                s.quad(Quad.create(g, npc, RDF.Nodes.type, CG.Organization));
                s.quad(Quad.create(g, npc, RDFS.Nodes.label, NodeFactory.createLiteralString("National People's Congress")));
                s.quad(Quad.create(g, npc, CG.inRegion, china));
            });
        }
        return db;
    }

    @Test
    void linksFromTheGazetteersAndPrintsASummary() {
        Path db = database();

        int code = run("link", "--db", db.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("links: 2 (organization/gazetteer 1, region/gazetteer 1)");
        try (TdbStore store = TdbStore.open(db)) {
            assertThat(org.apache.jena.system.Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                    .contains(Linker.LINKS_GRAPH, Iris.organization("National People's Congress", ""), OWL.sameAs.asNode(),
                            Iris.wikidata("Q19211")))).isTrue();
        }
    }

    @Test
    void offlineWithoutACacheLinksFromTheGazetteersOnly() {
        Path db = database();

        int code = run("link", "--db", db.toString(), "--offline", "--cache", dir.resolve("none.json").toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("links: 2").contains("network: 0 HTTP requests");
        assertThat(dir.resolve("none.json")).doesNotExist();
    }

    @Test
    void onlineAndOfflineTogetherIsAUsageError() {
        int code = run("link", "--db", dir.resolve("db").toString(), "--online", "--offline");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void aThresholdOutsideTheUnitIntervalIsAUsageError() {
        assertThat(run("link", "--db", dir.resolve("db").toString(), "--threshold", "1.5")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--threshold");
    }

    @Test
    void aMissingDatabaseIsReportedWithoutAStackTrace() {
        int code = run("link", "--db", dir.resolve("nothing").toString());

        assertThat(code).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(err.toString()).contains("no database at").doesNotContain("Exception");
        assertThat(dir.resolve("nothing")).doesNotExist();
    }

    @Test
    void aBrokenCacheFileIsAnIoFailure() throws Exception {
        Path db = database();
        Path cache = dir.resolve("cache.json");
        Files.writeString(cache, "not json");

        int code = run("link", "--db", db.toString(), "--offline", "--cache", cache.toString());

        assertThat(code).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(err.toString()).contains("cache.json").doesNotContain("at org.");
    }

    @Test
    void onlineWithoutANetworkStopsAfterAFewConnectionFailuresWithExit3() throws Exception {
        Path db = database();
        try (TdbStore store = TdbStore.open(db)) {
            Node g = Iris.graph("report");
            store.replaceReportGraph(g, s -> {    // a body no gazetteer holds, so Wikidata would be asked
                Node body = Iris.organization("Commission for Imaginary Affairs", "");
                s.quad(Quad.create(g, body, RDF.Nodes.type, CG.Organization));
                s.quad(Quad.create(g, body, RDFS.Nodes.label, NodeFactory.createLiteralString("Commission for Imaginary Affairs")));
                s.quad(Quad.create(g, body, CG.inRegion, Iris.region("china")));
                Node china = Iris.region("china");
                s.quad(Quad.create(g, china, RDF.Nodes.type, CG.Region));
                s.quad(Quad.create(g, china, RDFS.Nodes.label, NodeFactory.createLiteralString("People's Republic of China")));
                s.quad(Quad.create(g, china, OWL.sameAs.asNode(), Iris.wikidata("Q148")));
            });
        }
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            deadPort = s.getLocalPort();   // closed again: connections are refused
        }

        int code = run("link", "--db", db.toString(), "--online", "--rate-limit-ms", "0",
                "--cache", dir.resolve("cache.json").toString(), "--api", "http://127.0.0.1:" + deadPort + "/w/api.php");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(err.toString().lines().filter(l -> !l.contains(" DEBUG ") && !l.contains(" INFO ")))
                .singleElement().asString().startsWith("cadregraph: cannot reach Wikidata at http://127.0.0.1:" + deadPort);
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("link", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--online", "--offline", "--cache", "--api", "--threshold", "--rate-limit-ms");
    }
}
