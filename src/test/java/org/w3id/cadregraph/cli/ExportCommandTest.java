package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.store.SmallStore;

/** Black-box runs of {@code cadregraph export}; exports only read, so the store is made once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportCommandTest {
    private static final int QUADS = SmallStore.A.size() + SmallStore.B.size();

    @TempDir
    Path dir;
    private String db;

    @BeforeAll
    void createStore(@TempDir Path storeDir) {
        SmallStore.create(storeDir.resolve("db"));
        db = storeDir.resolve("db").toString();
    }

    @Test
    void trigRoundTripsTheReportGraphs() {
        Path file = dir.resolve("dump.trig");

        CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(file.toString());
        assertThat(Iter.count(back.find())).isEqualTo(QUADS);
        assertThat(Iter.toSet(back.listGraphNodes()))
                .containsExactlyInAnyOrder(SmallStore.REPORT_A, SmallStore.REPORT_B);
        assertThat(IsoMatcher.isomorphic(back, expected())).isTrue();
    }

    @Test
    void trigUsesTheProjectPrefixes() throws Exception {
        Path file = dir.resolve("prefixed.trig");

        CliRun.of("export", "--db", db, "-o", file.toString());

        // cgd: abbreviates no IRI while the data IRIs have a "/" after the namespace (not allowed in
        // a Turtle local name); it is declared for the IRIs minted without one.
        assertThat(Files.readString(file)).contains("PREFIX cgd: <" + SmallStore.ID + ">", "cg:Official", "rdfs:label");
    }

    @Test
    void turtleMergesTheReportGraphs() throws Exception {
        Path file = dir.resolve("merged.ttl");

        CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Graph back = RDFDataMgr.loadGraph(file.toString());
        assertThat(back.size()).isEqualTo(SmallStore.UNION_TRIPLES);
        String text = Files.readString(file);
        assertThat(text).containsPattern("(?i)prefix\\s+cg:\\s+<" + SmallStore.CG + ">")
                .containsPattern("(?i)prefix\\s+cgd:\\s+<" + SmallStore.ID + ">")
                .contains("\"怀进鹏\"@zh");
    }

    @Test
    void nquadsToGzipFileReadsBack() throws Exception {
        Path file = dir.resolve("dump.nq.gz");

        CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        assertThat(IsoMatcher.isomorphic(back, expected())).isTrue();
        assertThat(dir).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void dashWritesToStdout() {
        CliRun run = CliRun.of("export", "--db", db, "--format", "nquads", "-o", "-");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).hasSize(QUADS);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(back);
        assertThat(IsoMatcher.isomorphic(back, expected())).isTrue();
    }

    @Test
    void noOutputMeansTurtleOnStdout() {
        CliRun run = CliRun.of("export", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(back);
        assertThat(back.size()).isEqualTo(SmallStore.UNION_TRIPLES);
    }

    @Test
    void formatOptionWinsOverTheExtension() throws Exception {
        Path file = dir.resolve("dump.txt");

        CliRun run = CliRun.of("export", "--db", db, "--format", "trig", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(Lang.TRIG).parse(back);
        assertThat(Iter.toSet(back.listGraphNodes())).hasSize(2);
    }

    @Test
    void missingDatabaseIsAnIoFailure() {
        Path missing = dir.resolve("no-such-db");

        CliRun run = CliRun.of("export", "--db", missing.toString(), "-o", dir.resolve("x.nq").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).contains("no database at");
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("x.nq")).doesNotExist();
    }

    @Test
    void missingOutputDirectoryIsAnIoFailure() {
        Path file = dir.resolve("no/such/dir/dump.nq");

        CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err().lines()).singleElement().asString().contains("cannot write", "no such directory");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("export", "--db", db, "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("unknown format 'yaml'", "ttl");
    }

    @Test
    void jsonLdFromTheExtensionKeepsTheReportGraphs() {
        Path file = dir.resolve("dump.jsonld");

        CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(file.toString(), Lang.JSONLD);
        assertThat(IsoMatcher.isomorphic(back, expected())).isTrue();
    }

    @Test
    void nTriplesAndRdfXmlHoldTheMergedGraph() {
        for (String name : List.of("merged.nt", "merged.rdf")) {
            Path file = dir.resolve(name);

            CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            Graph back = RDFDataMgr.loadGraph(file.toString());
            assertThat(IsoMatcher.isomorphic(back, expected().getUnionGraph())).as(name).isTrue();
        }
    }

    @Test
    void jenaShortNamesAreAccepted() {
        CliRun run = CliRun.of("export", "--db", db, "--format", "nt");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).hasSize(SmallStore.UNION_TRIPLES);
    }

    @Test
    void aFormatThatDisagreesWithTheExtensionIsRefusedAndNothingWritten() {
        Path file = dir.resolve("wrong.ttl");

        CliRun run = CliRun.of("export", "--db", db, "--format", "nquads", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("disagrees with the extension", "wrong.nq");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownExtensionWithoutFormatIsRefused() {
        Path file = dir.resolve("dump.out");

        CliRun run = CliRun.of("export", "--db", db, "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot tell the format of");
        assertThat(file).doesNotExist();
    }

    private static DatasetGraph expected() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List.of(SmallStore.A, SmallStore.B).forEach(quads -> quads.forEach(dsg::add));
        return dsg;
    }
}
