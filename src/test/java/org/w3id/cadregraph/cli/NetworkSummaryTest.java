package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.w3id.cadregraph.identity.OverrideFile;
import org.w3id.cadregraph.network.CoAttendanceNetwork;
import org.w3id.cadregraph.network.NetworkChoices;
import org.w3id.cadregraph.network.NetworkDownloads;
import org.w3id.cadregraph.network.NetworkFilter;
import org.w3id.cadregraph.network.NetworkFormat;
import org.w3id.cadregraph.network.NetworkOverview;
import org.w3id.cadregraph.network.NetworkQuery;
import org.w3id.cadregraph.network.NetworkSummary;
import org.w3id.cadregraph.network.NetworkSummaryGraph;
import org.w3id.cadregraph.store.TdbStore;

/**
 * The network summary a store keeps: counted by {@code build} (new and existing stores), {@code load} and
 * {@code summarize}, the same as the network counted from the store's report graphs at that moment.
 */
class NetworkSummaryTest {
    private static final Duration LIMIT = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    @Test
    void aNewStoreKeepsTheSummaryOfItsWholeNetwork() {
        Path db = dir.resolve("db");
        CliRun run = build(Path.of("samples"), db);

        assertThat(run.err()).contains("network summary:");
        NetworkSummary kept = read(db, NetworkSummaryGraph::read).orElseThrow();
        assertThat(kept).isEqualTo(counted(db));
        assertThat(kept.overview().officials()).isGreaterThan(20);
        assertThat(kept.overview().drawn().edges()).isNotEmpty();
        assertThat(kept.overview().ties()).hasSize(NetworkOverview.MAX_TIES);
        assertThat(kept.regions()).extracting(c -> c.label().orElse("")).contains("Guizhou Province");
        assertThat(kept.organizations()).extracting(c -> c.label().orElse("") + " " + c.meetings())
                .contains("Ministry of Education 2");
        assertDownloadsAreTheNetworkCountedNow(db);
    }

    @Test
    void aRebuildOfAChangedFolderCountsItAgainAndPruneTakesReportsOut() throws IOException {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        List<Path> samples = sampleReports();
        for (Path p : samples.subList(0, 3)) {
            Files.copy(p, reports.resolve(p.getFileName()));
        }
        Path db = dir.resolve("db");
        build(reports, db);
        NetworkSummary three = read(db, NetworkSummaryGraph::read).orElseThrow();
        assertThat(three).isEqualTo(counted(db));
        assertDownloadsAreTheNetworkCountedNow(db);

        for (Path p : samples.subList(3, samples.size())) {
            Files.copy(p, reports.resolve(p.getFileName()));
        }
        build(reports, db);
        NetworkSummary all = read(db, NetworkSummaryGraph::read).orElseThrow();
        assertThat(all).isEqualTo(counted(db));
        assertThat(all.overview().meetings()).isGreaterThan(three.overview().meetings());
        assertDownloadsAreTheNetworkCountedNow(db);

        Files.delete(reports.resolve(samples.get(0).getFileName()));
        CliRun pruned = CliRun.of("build", reports.toString(), "--db", db.toString(), "--prune", "--no-compact");
        assertThat(pruned.exitCode()).as(pruned.err()).isIn(ExitCodes.OK, ExitCodes.REPORTS_REJECTED);
        NetworkSummary fewer = read(db, NetworkSummaryGraph::read).orElseThrow();
        assertThat(fewer).isEqualTo(counted(db));
        assertThat(fewer.overview().meetings()).isLessThan(all.overview().meetings());
        assertDownloadsAreTheNetworkCountedNow(db);
    }

    @Test
    void anUnchangedRebuildWritesTheDownloadsAStoreLacks() throws IOException {
        Path db = dir.resolve("db");
        build(Path.of("samples"), db);
        String fingerprint = read(db, NetworkSummaryGraph::read).orElseThrow().fingerprint();
        assertThat(NetworkDownloads.isCurrent(db, fingerprint)).isTrue();
        assertThat(build(Path.of("samples"), db).err()).contains("network summary: current, not counted again");

        // a store summarized before there were downloads
        try (Stream<Path> files = Files.walk(NetworkDownloads.directory(db))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(NetworkDownloads.file(db, NetworkFormat.CSV_EDGES, fingerprint)).isEmpty();
        CliRun again = build(Path.of("samples"), db);

        assertThat(again.err()).contains("network summary: ").doesNotContain("not counted again");
        assertDownloadsAreTheNetworkCountedNow(db);
        assertThat(Files.exists(db.resolve("network-downloads.new"))).isFalse();
    }

    @Test
    void anUnchangedRebuildLeavesACurrentSummaryAndCountsAStaleOneAgain() {
        Path db = dir.resolve("db");
        build(Path.of("samples"), db);
        CliRun unchanged = build(Path.of("samples"), db);
        assertThat(unchanged.err()).contains("network summary: current, not counted again");
        // the build's own stale mark is taken away with the summary found current
        assertThat(read(db, NetworkSummaryGraph::isStale)).isFalse();
        assertThat(read(db, NetworkSummaryGraph::read)).isPresent();

        // A summary counted from other report graphs (the store changed by something that leaves no stale mark).
        NetworkSummary current = read(db, NetworkSummaryGraph::read).orElseThrow();
        write(db, new NetworkSummary(current.overview(), List.of(), List.of(), "0".repeat(64)));
        CliRun again = build(Path.of("samples"), db);

        assertThat(again.err()).contains("network summary: ").doesNotContain("not counted again");
        assertThat(read(db, NetworkSummaryGraph::read)).contains(current);
    }

    @Test
    void aBuildKilledBetweenItsWritesAndTheSummaryLeavesAMarkThatTheNextUnchangedBuildCountsAgain() {
        Path db = dir.resolve("db");
        build(Path.of("samples"), db);
        NetworkSummary before = read(db, NetworkSummaryGraph::read).orElseThrow();

        // What a killed build leaves: the mark, then report graphs changed without a change of their content hashes
        // (a killed 'build --force' by a newer extractor, or identity resolution); here one report loses its attendance.
        try (TdbStore tdb = TdbStore.open(db)) {
            DatasetGraph dsg = tdb.datasetGraph();
            assertThat(NetworkSummaryGraph.markStale(dsg)).isFalse();
            Txn.executeWrite(dsg, () -> {
                Node g = dsg.find(Node.ANY, Node.ANY, CG.attended, Node.ANY).next().getGraph();
                dsg.deleteAny(g, Node.ANY, CG.attended, Node.ANY);
            });
            assertThat(NetworkSummaryGraph.markStale(dsg)).as("marked already").isTrue();
        }
        NetworkSummary now = counted(db);
        assertThat(now.overview()).isNotEqualTo(before.overview());
        assertThat(now.fingerprint()).isEqualTo(before.fingerprint());
        assertThat(read(db, NetworkSummaryGraph::read)).as("a marked summary is not read").isEmpty();

        CliRun again = build(Path.of("samples"), db);

        assertThat(again.err()).contains("network summary: ").doesNotContain("not counted again");
        assertThat(read(db, NetworkSummaryGraph::isStale)).isFalse();
        assertThat(read(db, NetworkSummaryGraph::read)).contains(now);
    }

    @Test
    void identityOverridesChangedWithoutAMarkAreCountedAgainByTheNextUnchangedBuild() throws IOException {
        Path db = dir.resolve("db");
        build(Path.of("samples"), db);
        NetworkSummary before = read(db, NetworkSummaryGraph::read).orElseThrow();

        // Huai Jinpeng, named in two reports, split into two people, by something that leaves no stale mark.
        try (TdbStore tdb = TdbStore.open(db)) {
            DatasetGraph dsg = tdb.datasetGraph();
            List<String> files = Txn.calculateRead(dsg, () -> {
                List<String> f = new java.util.ArrayList<>();
                dsg.find(Iris.identityGraph(), NodeFactory.createURI(Iris.DATA + "official/huai-jinpeng"), CG.namedIn,
                        Node.ANY).forEachRemaining(q -> f.add(dsg.find(q.getObject(), q.getObject(), CG.sourceFile,
                        Node.ANY).next().getObject().getLiteralLexicalForm()));
                return f;
            });
            assertThat(files).hasSize(2);
            OverrideFile overrides = OverrideFile.parse("overrides.tsv", List.of("different official/huai-jinpeng@"
                    + files.get(0) + " official/huai-jinpeng@" + files.get(1) + " two people"));
            IdentityResolver.OverrideSummary applied = Txn.calculateWrite(dsg,
                    () -> IdentityResolver.createDefault().applyOverrides(dsg, overrides));
            assertThat(applied.problems()).isEmpty();
        }
        NetworkSummary now = counted(db);
        assertThat(now.overview().officials()).isEqualTo(before.overview().officials() + 1);
        assertThat(now.fingerprint()).isNotEqualTo(before.fingerprint());

        CliRun again = build(Path.of("samples"), db);

        assertThat(again.err()).contains("network summary: ").doesNotContain("not counted again");
        assertThat(read(db, NetworkSummaryGraph::read)).contains(now);
    }

    @Test
    void summarizeCountsAStoreThatHasNone() {
        Path db = dir.resolve("db");
        build(Path.of("samples"), db);
        NetworkSummary built = read(db, NetworkSummaryGraph::read).orElseThrow();
        try (TdbStore tdb = TdbStore.open(db)) {
            NetworkSummaryGraph.remove(tdb.datasetGraph());
        }
        assertThat(read(db, NetworkSummaryGraph::read)).isEmpty();

        CliRun run = CliRun.of("summarize", "--db", db.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("network summary: ");
        assertThat(read(db, NetworkSummaryGraph::read)).contains(built);
    }

    @Test
    void theSummaryStaysOutOfTheReportGraphsAndOutOfTheNetwork() {
        Path db = dir.resolve("db");
        build(Path.of("samples"), db);
        NetworkSummary kept = read(db, NetworkSummaryGraph::read).orElseThrow();

        // Counting again over a store that holds the summary gives the same: no term of it is read as attendance.
        assertThat(counted(db).overview()).isEqualTo(kept.overview());
        boolean typedReportGraph = read(db, dsg -> Txn.calculateRead(dsg, () -> dsg.find(NetworkSummaryGraph.GRAPH,
                Node.ANY, Node.ANY, CG.ReportGraph).hasNext()));
        assertThat(typedReportGraph).isFalse();
        assertThat(NetworkSummaryGraph.GRAPH.getURI()).doesNotContain("/graph/");
    }

    @Test
    void loadCountsTheSummaryOfWhatItLoaded() {
        Path nq = dir.resolve("samples.nq");
        CliRun extract = CliRun.of("extract", "samples", "-o", nq.toString(), "-q");
        assertThat(extract.exitCode()).as(extract.err()).isIn(ExitCodes.OK, ExitCodes.REPORTS_REJECTED);
        Path db = dir.resolve("db");

        CliRun load = CliRun.of("load", nq.toString(), "--db", db.toString(), "--no-compact");

        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(db, NetworkSummaryGraph::read).orElseThrow()).isEqualTo(counted(db));
        assertDownloadsAreTheNetworkCountedNow(db);
        CliRun noSummary = CliRun.of("load", nq.toString(), "--db", db.toString(), "--no-compact", "--no-summary");
        assertThat(noSummary.exitCode()).as(noSummary.err()).isEqualTo(ExitCodes.OK);
        assertThat(read(db, NetworkSummaryGraph::read)).isEmpty();
        assertThat(NetworkDownloads.directory(db)).doesNotExist();
    }

    /**
     * The downloads kept in the store are current (of the store's summary) and, unpacked, byte for byte the files the
     * server wrote before there were kept downloads: the network counted now, in each format.
     */
    private static void assertDownloadsAreTheNetworkCountedNow(Path db) {
        String fingerprint = read(db, NetworkSummaryGraph::read).orElseThrow().fingerprint();
        CoAttendanceNetwork network = read(db, dsg -> new NetworkQuery(NetworkFilter.ALL).run(dsg, LIMIT));
        assertThat(network.edges()).isNotEmpty();
        for (NetworkFormat format : NetworkFormat.values()) {
            Path gz = NetworkDownloads.file(db, format, fingerprint).orElseThrow();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                ByteArrayOutputStream counted = new ByteArrayOutputStream();
                format.write(network, counted);
                assertThat(in.readAllBytes()).as(format.name()).isEqualTo(counted.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The summary counted now from the store's report graphs, the way the pages counted it before there was one. */
    private static NetworkSummary counted(Path db) {
        return read(db, dsg -> new NetworkSummary(
                NetworkOverview.of(new NetworkQuery(NetworkFilter.ALL).run(dsg, LIMIT)),
                NetworkChoices.REGIONS.count(dsg, LIMIT), NetworkChoices.ORGANIZATIONS.count(dsg, LIMIT),
                NetworkSummaryGraph.fingerprint(dsg)));
    }

    private static CliRun build(Path reports, Path db) {
        CliRun run = CliRun.of("build", reports.toString(), "--db", db.toString(), "--no-compact");
        // The samples include an empty report, rejected on purpose: exit 1, the others stored.
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.REPORTS_REJECTED);
        return run;
    }

    private static <T> T read(Path db, Function<DatasetGraph, T> reading) {
        try (TdbStore tdb = TdbStore.open(db)) {
            return reading.apply(tdb.datasetGraph());
        }
    }

    private static void write(Path db, NetworkSummary summary) {
        try (TdbStore tdb = TdbStore.open(db)) {
            NetworkSummaryGraph.write(tdb.datasetGraph(), summary);
        }
    }

    private static List<Path> sampleReports() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }
}
