package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.store.TdbStore;

/** Incremental builds into a real TDB2 store: skip what is stored, replace what changed, prune, never collide. */
class StoreSinkTest {
    private static Supplier<ReportPipeline> pipelines;
    private static final CorpusGenerator CORPUS = new CorpusGenerator(11);

    @TempDir
    Path dir;

    private TdbStore store;
    private final List<Problem> problems = new ArrayList<>();

    @BeforeAll
    static void loadModels() {
        pipelines = ReportPipeline.factory(SampleGraphs.FIXED_CLOCK);
    }

    @BeforeEach
    void open() {
        store = TdbStore.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private BatchSummary build(boolean prune, Path... inputs) throws IOException {
        try (StoreSink sink = new StoreSink(store, "v1", 3)) {
            return run(sink, prune, false, inputs);
        }
    }

    private BatchSummary run(StoreSink sink, boolean prune, boolean force, Path... inputs) throws IOException {
        problems.clear();
        BatchRunner runner = new BatchRunner(pipelines, new ExtractionMapper("v1"), problems::add,
                SampleGraphs.FIXED_CLOCK, new BatchOptions(2, Duration.ofSeconds(60), false, prune, force),
                WriterStep.NONE);
        return runner.run(ReportFiles.find(List.of(inputs)), sink);
    }

    /** A build as the {@code build} command runs it: the batch, then identity places the people of the reports. */
    private void buildAndPlace(boolean force, Path... inputs) throws IOException {
        StoreSink sink = new StoreSink(store, "v1", 3);
        try (sink) {
            run(sink, false, force, inputs);
        }
        store.resolveIdentity(IdentityResolver.createDefault(), sink.needingIdentity(store.datasetGraph()));
    }

    /** Officials of report graphs whose IRI is not the one the mapper gives their name: identity placed them. */
    private Set<Node> placedByIdentity() {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Node> placed = new HashSet<>();
            DatasetGraph dsg = store.datasetGraph();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, CG.Official).forEachRemaining(q -> {
                if (!q.getGraph().equals(Iris.identityGraph())) {
                    dsg.find(q.getGraph(), q.getSubject(), RDFS.Nodes.label, Node.ANY).forEachRemaining(l -> {
                        if (!Iris.official(l.getObject().getLiteralLexicalForm()).equals(q.getSubject())) {
                            placed.add(q.getSubject());
                        }
                    });
                }
            });
            return placed;
        });
    }

    private Path report(String relative, int which) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        // index 0 of the generator is one of its empty reports only by chance; shift to keep every one a report
        return Files.writeString(file, CORPUS.report(which).text());
    }

    private Set<Quad> quads() {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> all = new HashSet<>();
            store.datasetGraph().find().forEachRemaining(all::add);
            return all;
        });
    }

    private Set<String> sourceFiles() {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> names = new HashSet<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, CG.sourceFile, Node.ANY)
                    .forEachRemaining(q -> names.add(q.getGraph().getURI() + " " + q.getObject().getLiteralLexicalForm()));
            return names;
        });
    }

    @Test
    void aRebuildOfAnUnchangedFolderExtractsNothingAndChangesNothing() throws IOException {
        Path in = dir.resolve("in");
        for (int i = 1; i <= 6; i++) {
            report("in/" + i + ".txt", i);
        }
        BatchSummary first = build(false, in);
        Set<Quad> before = quads();

        BatchSummary second = build(false, in);

        assertThat(first.read()).isEqualTo(6);
        assertThat(second.read()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void aChangedFileReplacesItsGraphAndLeavesNoTraceOfTheOldOne() throws IOException {
        Path in = dir.resolve("in");
        report("in/1.txt", 1);
        report("in/2.txt", 2);
        build(false, in);
        Set<String> before = sourceFiles();

        report("in/2.txt", 3); // new content, same file
        BatchSummary again = build(false, in);

        assertThat(again.read()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(sourceFiles()).hasSize(2).contains(before.stream().filter(s -> s.endsWith(" 1.txt")).findFirst().orElseThrow())
                .doesNotContainAnyElementsOf(before.stream().filter(s -> s.endsWith(" 2.txt")).toList());
    }

    @Test
    void aRerunPlacesAgainThePeopleOfGraphsAForcedBuildRewroteBeforeItWasKilled() throws IOException {
        // reports 6 and 11 of this corpus name two people called Cai Xia whom identity keeps apart: one gets a
        // suffixed IRI, placed in its report graph after the batch
        CorpusGenerator namesakes = new CorpusGenerator(5);
        Path in = dir.resolve("in");
        for (int i : new int[] {6, 11}) {
            CorpusGenerator.Report r = namesakes.report(i);
            Files.createDirectories(in);
            Files.writeString(in.resolve(i + "." + r.extension()), r.text());
        }
        buildAndPlace(false, in);
        Set<Quad> placed = quads();
        assertThat(placedByIdentity()).as("people identity placed").isNotEmpty();

        // build --force, killed after its batch committed and before identity placed the people again
        try (StoreSink sink = new StoreSink(store, "v1", 3)) {
            run(sink, false, true, in);
        }
        assertThat(placedByIdentity()).as("the forced batch gave every person the mapper's IRI").isEmpty();

        buildAndPlace(false, in); // the rerun: every report unchanged and stored

        assertThat(quads()).isEqualTo(placed);
    }

    @Test
    void filesOfOneNameInTwoFoldersAreTwoReportsAcrossBuilds() throws IOException {
        report("a/index.txt", 1);
        report("b/index.txt", 2);

        build(false, dir.resolve("a"));
        build(false, dir.resolve("b"));

        assertThat(sourceFiles()).hasSize(2).allSatisfy(s -> assertThat(s).endsWith(" index.txt"));
    }

    @Test
    void namesThatReadAlikeAreTwoReportsAndTheSameBytesTwiceAreStoredOnceWithAWarning() throws IOException {
        report("in/Report 1.txt", 1);
        report("in/report_1.txt", 2);
        Files.copy(dir.resolve("in/Report 1.txt"), dir.resolve("in/copy.txt"));

        BatchSummary summary = build(false, dir.resolve("in"));

        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(sourceFiles()).hasSize(2);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.file().getFileName().toString()).isEqualTo("copy.txt");
            assertThat(p.reason()).startsWith("same content as ").endsWith("Report 1.txt: stored once");
        });
    }

    @Test
    void pruneRemovesTheGraphsOfFilesNoLongerGiven() throws IOException {
        report("in/1.txt", 1);
        report("in/2.txt", 2);
        build(false, dir.resolve("in"));
        Files.delete(dir.resolve("in/2.txt"));

        BatchSummary kept = build(false, dir.resolve("in"));
        assertThat(sourceFiles()).hasSize(2);
        BatchSummary pruned = build(true, dir.resolve("in"));

        assertThat(kept.pruned()).isZero();
        assertThat(pruned.pruned()).isEqualTo(1);
        assertThat(sourceFiles()).singleElement().satisfies(s -> assertThat(s).endsWith(" 1.txt"));
    }

    @Test
    void aNewExtractorVersionExtractsAgain() throws IOException {
        report("in/1.txt", 1);
        build(false, dir.resolve("in"));

        BatchRunner v2 = new BatchRunner(pipelines, new ExtractionMapper("v2"), problems::add, SampleGraphs.FIXED_CLOCK,
                new BatchOptions(1, Duration.ofSeconds(60), false, false, false), WriterStep.NONE);
        BatchSummary summary;
        try (StoreSink sink = new StoreSink(store, "v2", 3)) {
            summary = v2.run(ReportFiles.find(List.of(dir.resolve("in"))), sink);
        }

        assertThat(summary.read()).isEqualTo(1);
        assertThat(sourceFiles()).hasSize(1);
    }
}
