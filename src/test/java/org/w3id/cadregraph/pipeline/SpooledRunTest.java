package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.store.BulkLoad;
import org.w3id.cadregraph.store.TdbStore;

/**
 * The spooled run (reports and mentions to disk, identity from the mentions, replay with renames) against the
 * store path it replaces for new stores (reports into TDB2, identity over the stored graphs): the same quads.
 */
class SpooledRunTest {
    private static Supplier<ReportPipeline> pipelines;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        pipelines = ReportPipeline.factory(SampleGraphs.FIXED_CLOCK);
    }

    private BatchSummary run(BatchSink sink, Path in) throws IOException {
        BatchRunner runner = new BatchRunner(pipelines, new ExtractionMapper("v1"), p -> { }, SampleGraphs.FIXED_CLOCK,
                new BatchOptions(2, Duration.ofSeconds(60), false, false, false), WriterStep.NONE);
        return runner.run(ReportFiles.find(List.of(in)), sink);
    }

    /** The store path: every report into TDB2, then identity over the store, then every quad. */
    private Set<String> viaStore(Path in, boolean recordSources) throws IOException {
        try (TdbStore store = TdbStore.open(dir.resolve("store-" + recordSources))) {
            StoreSink sink = new StoreSink(store, "v1", 5, recordSources);
            try (sink) {
                run(sink, in);
            }
            store.resolveIdentity(IdentityResolver.createDefault(), sink.written());
            DatasetGraph dsg = store.datasetGraph();
            return Txn.calculateRead(dsg, () -> lines(dsg));
        }
    }

    private static Set<String> lines(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    @Test
    void aSpooledRunGivesTheQuadsOfTheStorePathWithAndWithoutSources() throws IOException {
        // seed 5: reports 6 and 11 name two people called Cai Xia whom identity keeps apart (one is renamed)
        Path in = dir.resolve("in");
        new CorpusGenerator(5).write(in, 40);
        for (boolean sources : List.of(false, true)) {
            Set<String> spooled = new TreeSet<>();
            long renames;
            try (SpooledRun spool = SpooledRun.create(dir.resolve("spool-" + sources), 40, sources)) {
                run(spool.sink(), in);
                IdentityResolver.IdentitySummary s = spool.resolveIdentity(IdentityResolver.createDefault());
                assertThat(s.graphsRewritten()).as("people identity renamed").isPositive();
                long sent = spool.replay(collect(spooled));
                assertThat(sent).isEqualTo(spooled.size());
                // the N-Quads fast path (reports copied, renamed line by line) gives the same quads, none twice
                java.io.ByteArrayOutputStream nq = new java.io.ByteArrayOutputStream();
                spool.replayNQuads(nq);
                List<String> fast = new ArrayList<>();
                org.apache.jena.riot.RDFParser.fromString(nq.toString(java.nio.charset.StandardCharsets.UTF_8),
                        org.apache.jena.riot.Lang.NQUADS).parse(collectInOrder(fast));
                assertThat(fast).doesNotHaveDuplicates();
                assertThat(new TreeSet<>(fast)).isEqualTo(spooled);
                // renaming on several threads writes the same bytes in the same order
                java.io.ByteArrayOutputStream onThree = new java.io.ByteArrayOutputStream();
                spool.replayNQuads(onThree, 3);
                assertThat(onThree.toByteArray()).isEqualTo(nq.toByteArray());
            }
            assertThat(dir.resolve("spool-" + sources)).doesNotExist();
            assertThat(spooled).as("recordSources=%s", sources).isEqualTo(viaStore(in, sources));
        }
    }

    @Test
    void theBulkLoaderStoresWhatTheReplaySends() throws IOException {
        Path in = dir.resolve("in");
        new CorpusGenerator(5).write(in, 12);
        Path db = dir.resolve("bulk");
        assertThat(BulkLoad.isNew(db)).isTrue();
        try (SpooledRun spool = SpooledRun.create(dir.resolve("spool"), 12, true)) {
            run(spool.sink(), in);
            spool.resolveIdentity(IdentityResolver.createDefault());
            BulkLoad.into(db, BulkLoad.Loader.PHASED, out -> {
                try {
                    spool.replay(out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(BulkLoad.isNew(db)).isFalse();
        Set<String> loaded;
        try (TdbStore store = TdbStore.open(db)) {
            loaded = Txn.calculateRead(store.datasetGraph(), () -> lines(store.datasetGraph()));
        }
        assertThat(loaded).isEqualTo(viaStore(in, true));
    }

    @Test
    void aRenameThatMakesTwoQuadsOneSendsOne() throws IOException {
        Node g = NodeFactory.createURI("https://w3id.org/cadregraph/id/graph/r");
        Node a = NodeFactory.createURI("https://w3id.org/cadregraph/id/official/a");
        Node b = NodeFactory.createURI("https://w3id.org/cadregraph/id/official/b");
        Node knows = NodeFactory.createURI("http://example.org/knows");
        Node m = NodeFactory.createURI("http://example.org/m");
        try (ReportSpool reports = new ReportSpool(dir.resolve("r.bin"));
             ReportSpool identity = new ReportSpool(dir.resolve("i.bin"));
             RenameSpool renames = new RenameSpool(dir.resolve("renames"))) {
            reports.append(QuadBytes.encode(List.of(Quad.create(g, a, knows, m), Quad.create(g, b, knows, m))));
            reports.append(QuadBytes.encode(List.of(Quad.create(g, m, knows, a))));
            renames.rename(0, a.getURI(), b.getURI());
            List<String> sent = new ArrayList<>();
            SpoolReplay.replay(reports, renames, identity, collectInOrder(sent));
            assertThat(sent).containsExactly(NodeFmtLib.str(Quad.create(g, b, knows, m)),
                    NodeFmtLib.str(Quad.create(g, m, knows, a)));
        }
    }

    @Test
    void aLineRenameTouchesSubjectsAndObjectsNeverLiterals() {
        String g = "<https://w3id.org/cadregraph/id/graph/r>";
        String a = "https://w3id.org/cadregraph/id/official/a";
        String lines = "<" + a + "> <http://example.org/p> <" + a + "> " + g + " .\n"
                + "<http://example.org/m> <http://example.org/says> \"<" + a + "> is here\" " + g + " .\n"
                + "<http://example.org/m> <http://example.org/knows> <" + a + "> " + g + " .\n"
                + "<http://example.org/m> <http://example.org/knows> <https://w3id.org/cadregraph/id/official/b> " + g + " .\n";
        String out = new String(SpoolReplay.renameLines(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of(a, "https://w3id.org/cadregraph/id/official/b")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out.split("\n")).containsExactly(
                "<https://w3id.org/cadregraph/id/official/b> <http://example.org/p> <https://w3id.org/cadregraph/id/official/b> " + g + " .",
                "<http://example.org/m> <http://example.org/says> \"<" + a + "> is here\" " + g + " .",
                "<http://example.org/m> <http://example.org/knows> <https://w3id.org/cadregraph/id/official/b> " + g + " .");
    }

    @Test
    void aLineMadeEqualByARenameIsWrittenOnceWhereItFirstCame() {
        String g = "<https://w3id.org/cadregraph/id/graph/r>";
        String a = "https://w3id.org/cadregraph/id/official/a";
        String b = "<https://w3id.org/cadregraph/id/official/b>";
        String lines = "<" + a + "> <http://example.org/p> \"Zhāng\" " + g + " .\n"
                + "<http://example.org/m> <http://example.org/knows> " + b + " " + g + " .\n"
                + b + " <http://example.org/p> \"Zhāng\" " + g + " .\n"
                + "<http://example.org/m> <http://example.org/knows> <" + a + "> " + g + " .\n";
        String out = new String(SpoolReplay.renameLines(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of(a, "https://w3id.org/cadregraph/id/official/b")), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).isEqualTo(b + " <http://example.org/p> \"Zhāng\" " + g + " .\n"
                + "<http://example.org/m> <http://example.org/knows> " + b + " " + g + " .\n");
    }

    @Test
    void renamesComeBackByReportAcrossFiles() throws IOException {
        try (RenameSpool renames = new RenameSpool(dir.resolve("renames"))) {
            int far = RenameSpool.REPORTS_PER_FILE + 3;
            renames.rename(far, "x", "y");
            renames.rename(2, "a", "b");
            renames.rename(2, "c", "d");
            assertThat(renames.of(0)).isEmpty();
            assertThat(renames.of(2)).containsOnly(java.util.Map.entry("a", "b"), java.util.Map.entry("c", "d"));
            assertThat(renames.of(far)).containsOnly(java.util.Map.entry("x", "y"));
            assertThat(renames.size()).isEqualTo(3);
        }
    }

    @Test
    void literalsTakeTheFormTdb2GivesBack() {
        Node g = NodeFactory.createURI("http://example.org/g");
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Quad dbl = Quad.create(g, s, p, NodeFactory.createLiteralDT("0.90", XSDDatatype.XSDdouble));
        Quad str = Quad.create(g, s, p, NodeFactory.createLiteralString("0.90"));
        assertThat(StoredForm.of(dbl).getObject().getLiteralLexicalForm()).isEqualTo("0.9e0");
        assertThat(StoredForm.of(str)).isSameAs(str);
    }

    @Test
    void quadBytesRoundTrip() {
        Node g = NodeFactory.createURI("http://example.org/g");
        List<Quad> quads = List.of(
                Quad.create(g, NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                        NodeFactory.createLiteralLang("名字", "zh")),
                Quad.create(g, NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/q"),
                        NodeFactory.createLiteralDT("2023-04-17", XSDDatatype.XSDdate)));
        List<Quad> back = new ArrayList<>();
        QuadBytes.decode(QuadBytes.encode(quads), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                back.add(q);
            }
        });
        assertThat(back).isEqualTo(quads);
    }

    private static StreamRDF collect(Set<String> into) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                into.add(NodeFmtLib.str(q));
            }
        };
    }

    private static StreamRDF collectInOrder(List<String> into) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                into.add(NodeFmtLib.str(q));
            }
        };
    }
}
