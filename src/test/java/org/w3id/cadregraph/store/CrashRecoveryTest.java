package org.w3id.cadregraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * {@code kill -9} during {@code build}, ten times at moments drawn with a fixed seed across the build's work: after
 * each kill the store opens, holds no graph a clean build does not have, and every graph in it is whole; a build that
 * a kill missed, and a rerun after the last kill, give the same quads as a clean build.
 *
 * <p>The builds run in child JVMs (killed with SIGKILL), with {@code SOURCE_DATE_EPOCH} fixing the extraction time;
 * the checks open the store in this JVM and release it before the next child starts. A moment is a fraction, drawn
 * from {@code Random(1602)}, of the time a build took from storing its first report to its exit (the clean build's,
 * then that of the last forced build a kill missed), counted from the killed build's first stored report: so every
 * kill lands while the store is written (report batches, identity placement, compaction), none while the JVM starts
 * and loads its models, which is most of a child's life. A build that ends before its moment is checked like a clean
 * one and the same fraction is tried again on the next build, up to {@code MAX_RUNS} builds, until the seed's ten
 * moments have all landed: which states the kills find must not depend on how fast this machine happens to be.
 *
 * <p>Reports 11 and 6 of the corpus name two people called Cai Xia whom identity resolution keeps apart; the second
 * gets a suffixed IRI, placed in its report graph after the batch. They are given first, so that from the first
 * commit of a forced build until its identity transaction the store holds a graph with that placement undone: the
 * state a rerun must finish (the tenth moment of this seed, 28% of the work, falls there).
 */
class CrashRecoveryTest {
    private static final int KILLS = 10;
    /** Runs a kill may miss (the build ended first) before the test gives up: a miss shortens the next moment. */
    private static final int MAX_RUNS = 3 * KILLS;
    private static final int REPORTS = 12;
    private static final String COMMIT_EVERY = "2";
    private static final String OFFICIAL = "<https://w3id.org/cadregraph/id/official/";

    @TempDir
    Path dir;

    private int runs;

    @Test
    void aBuildKilledTenTimesLeavesWholeReportsAndARerunEqualsACleanBuild() throws Exception {
        List<Path> files = new CorpusGenerator(5).write(dir.resolve("in"), REPORTS);
        List<Path> inputs = new ArrayList<>(List.of(files.get(11), files.get(6))); // the namesakes first
        files.stream().filter(f -> !inputs.contains(f)).forEach(inputs::add);
        String firstStored = inputs.get(0).getFileName() + ": "; // BatchRunner's debug line for a stored report

        Child cleanBuild = build(inputs, dir.resolve("clean"), firstStored);
        assertThat(cleanBuild.awaitFirstStored()).as(cleanBuild.log()).isTrue();
        assertThat(cleanBuild.process().waitFor()).as(cleanBuild.log()).isZero();
        long workMillis = cleanBuild.millisSinceFirstStored();
        Set<String> clean = export(dir.resolve("clean"));
        Map<String, Set<String>> cleanGraphs = byGraph(clean);
        assertThat(placedByIdentity(dir.resolve("clean"))).as("people whose IRI identity placed after the batch")
                .isNotEmpty();

        Path db = dir.resolve("crashed");
        Random moments = new Random(1602);
        int killedMidway = 0;
        double fraction = moments.nextDouble();
        for (int run = 0; killedMidway < KILLS && run < MAX_RUNS; run++) {
            // --force: every run rewrites every report, so a kill can land inside the replacement of a stored graph,
            // or after the batch, before identity has placed its people again
            Child build = build(inputs, db, firstStored, "--force");
            long at = (long) (workMillis * fraction);
            boolean killed = false;
            boolean started = build.awaitFirstStored();
            if (started && !build.process().waitFor(at, TimeUnit.MILLISECONDS)) {
                build.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no commit
                killed = true;
                killedMidway++;
                fraction = moments.nextDouble(); // a missed moment is tried again: the seed's ten moments all land
            } else if (started) {
                // the run ended before its moment: its own length is the better measure of the work left to cut
                // into (a forced rebuild of an existing store is not the clean build's bulk load, and the machine's
                // load varies), so the next moment is drawn from it
                build.process().waitFor();
                workMillis = build.millisSinceFirstStored();
            }
            Set<String> quads = export(db);
            if (!killed) {
                assertThat(build.process().waitFor()).as(build.log()).isZero();
                assertThat(difference(clean, quads)).as("a build after run %d that ran to its end (- missing, + extra)", run)
                        .isEmpty();
            }
            Map<String, Set<String>> stored = byGraph(quads);
            assertThat(cleanGraphs.keySet()).as("graphs after run %d", run).containsAll(stored.keySet());
            for (Map.Entry<String, Set<String>> g : stored.entrySet()) {
                // whole: every quad of the clean graph, the people's IRIs aside (placed after the batch), and a killed
                // build's mark on the network summary aside (it says the summary is to be counted again; the rerun
                // below must leave none)
                Set<String> graph = killed ? withoutStaleMark(g.getValue()) : g.getValue();
                assertThat(difference(withoutPeople(cleanGraphs.get(g.getKey())), withoutPeople(graph)))
                        .as("graph %s after run %d (- missing, + extra)", g.getKey(), run).isEmpty();
            }
        }
        Child rerun = build(inputs, db, firstStored);
        assertThat(rerun.process().waitFor()).as(rerun.log()).isZero();

        assertThat(killedMidway).as("kills that landed during a build, in %d runs", MAX_RUNS).isEqualTo(KILLS);
        assertThat(difference(clean, export(db))).as("the rerun against a clean build (- missing, + extra)").isEmpty();
    }

    /** A {@code build} of the report files, in this order, in a child JVM; its output in a log file of its own. */
    private Child build(List<Path> inputs, Path db, String firstStored, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a build of a few seconds: C2 compilation and parallel GC threads would cost more CPU than they save
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.w3id.cadregraph.cli.CadregraphCommand", "build"));
        inputs.forEach(f -> command.add(f.toString()));
        // -v: a line per stored report (the test class path's logging is at WARN)
        command.addAll(List.of("--db", db.toString(), "--commit-every", COMMIT_EVERY, "--no-progress", "--threads", "2",
                "-v"));
        command.addAll(List.of(more));
        Path log = dir.resolve("build-" + (runs++) + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        return new Child(pb.start(), log, firstStored);
    }

    /** A child build and its log. */
    private static final class Child {
        private final Process process;
        private final Path log;
        private final String firstStored;
        private long firstStoredAt;

        Child(Process process, Path log, String firstStored) {
            this.process = process;
            this.log = log;
            this.firstStored = firstStored;
        }

        Process process() {
            return process;
        }

        /** Waits until the build has stored its first report; false if it ended before. */
        boolean awaitFirstStored() throws IOException, InterruptedException {
            while (!log().contains(firstStored)) {
                if (!process.isAlive() && !log().contains(firstStored)) {
                    return false;
                }
                Thread.sleep(5);
            }
            firstStoredAt = System.nanoTime();
            return true;
        }

        /** Milliseconds since {@link #awaitFirstStored()} saw the first report stored. */
        long millisSinceFirstStored() {
            return (System.nanoTime() - firstStoredAt) / 1_000_000;
        }

        String log() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    /** The store's quads as N-Quads lines: the store must open. Released afterwards for the next child build. */
    private static Set<String> export(Path db) {
        return withStore(db, dsg -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
            Set<String> lines = new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            lines.remove(""); // an empty store
            return lines;
        });
    }

    /** The people of report graphs whose IRI is not the one the mapper gives their name: identity placed them. */
    private static Set<String> placedByIdentity(Path db) {
        return withStore(db, dsg -> Txn.calculateRead(dsg, () -> {
            Set<String> placed = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, RDF.Nodes.type, CG.Official).forEachRemaining(q -> {
                if (!q.getGraph().equals(Iris.identityGraph())) {
                    dsg.find(q.getGraph(), q.getSubject(), RDFS.Nodes.label, Node.ANY).forEachRemaining(l -> {
                        if (!Iris.official(l.getObject().getLiteralLexicalForm()).equals(q.getSubject())) {
                            placed.add(q.getSubject().getURI() + " in " + q.getGraph().getURI());
                        }
                    });
                }
            });
            return placed;
        }));
    }

    private static <T> T withStore(Path db, Function<DatasetGraph, T> read) {
        TdbStore store = TdbStore.open(db);
        try {
            return read.apply(store.datasetGraph());
        } finally {
            store.close();
            TDBInternal.expel(store.datasetGraph());
        }
    }

    /** The lines only {@code expected} has ("- "), then those only {@code actual} has ("+ "). */
    private static List<String> difference(Set<String> expected, Set<String> actual) {
        List<String> out = new ArrayList<>();
        expected.stream().filter(l -> !actual.contains(l)).forEach(l -> out.add("- " + l));
        actual.stream().filter(l -> !expected.contains(l)).forEach(l -> out.add("+ " + l));
        return out;
    }

    private static Map<String, Set<String>> byGraph(Set<String> nquads) {
        Map<String, Set<String>> graphs = new TreeMap<>();
        for (String line : nquads) {
            String graph = line.substring(line.lastIndexOf('<', line.length() - 3));
            graphs.computeIfAbsent(graph, g -> new TreeSet<>()).add(line);
        }
        return graphs;
    }

    private static Set<String> withoutStaleMark(Set<String> quads) {
        String mark = "<" + org.w3id.cadregraph.network.NetworkSummaryGraph.GRAPH.getURI() + "> <"
                + org.w3id.cadregraph.graph.CG.stale.getURI() + "> ";
        return quads.stream().filter(q -> !q.startsWith(mark)).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> withoutPeople(Set<String> lines) {
        Set<String> out = new TreeSet<>();
        for (String l : lines) {
            out.add(l.replaceAll(Pattern.quote(OFFICIAL) + "[^>]*>", "<official>"));
        }
        return out;
    }
}
