package org.w3id.cadregraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;

/**
 * {@code kill -9} during {@code build}, ten times at moments drawn with a fixed seed across the build: after each
 * kill the store opens and every report graph in it is whole; a rerun then gives the same quads as a clean build.
 * The builds run in child JVMs (killed with SIGKILL), with {@code SOURCE_DATE_EPOCH} fixing the extraction time;
 * the checks open the store in this JVM and release it before the next child starts.
 */
class CrashRecoveryTest {
    private static final int KILLS = 10;
    private static final String OFFICIAL = "<https://w3id.org/cadregraph/id/official/";

    @TempDir
    Path dir;

    @Test
    void aBuildKilledTenTimesLeavesWholeReportsAndARerunEqualsACleanBuild() throws Exception {
        Path in = dir.resolve("in");
        new CorpusGenerator(5).write(in, 24);

        long started = System.nanoTime();
        assertThat(cli("build", in.toString(), "--db", dir.resolve("clean").toString(), "--commit-every", "4")
                .waitFor()).isZero();
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        Set<String> clean = export(dir.resolve("clean"));
        Map<String, Set<String>> cleanGraphs = byGraph(clean);

        Path db = dir.resolve("crashed");
        Random moments = new Random(10);
        int killedMidway = 0;
        for (int i = 0; i < KILLS; i++) {
            // --force: every run rewrites every report, so a kill can land inside the replacement of a stored graph
            Process build = cli("build", in.toString(), "--db", db.toString(), "--commit-every", "4", "--force");
            long at = (long) (buildMillis * (0.1 + 0.9 * moments.nextDouble()));
            if (!build.waitFor(at, TimeUnit.MILLISECONDS)) {
                build.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no commit
                killedMidway++;
            }
            if (Files.exists(db)) {
                Map<String, Set<String>> stored = byGraph(export(db));
                for (Map.Entry<String, Set<String>> g : stored.entrySet()) {
                    if (cleanGraphs.containsKey(g.getKey())) {
                        // whole: every quad of the clean graph, the people's IRIs aside (placed after the batch)
                        assertThat(withoutPeople(g.getValue())).as("graph %s after kill %d", g.getKey(), i)
                                .isEqualTo(withoutPeople(cleanGraphs.get(g.getKey())));
                    }
                }
            }
        }
        assertThat(cli("build", in.toString(), "--db", db.toString(), "--commit-every", "4").waitFor()).isZero();

        assertThat(killedMidway).as("kills that landed during a build").isGreaterThanOrEqualTo(KILLS / 2);
        assertThat(export(db)).isEqualTo(clean);
    }

    private Process cli(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.w3id.cadregraph.cli.CadregraphCommand"));
        command.addAll(List.of(args));
        command.addAll(List.of("--no-progress", "-q", "--threads", "2"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
        return pb.start();
    }

    /** The store's quads as N-Quads lines: the store must open. Released afterwards for the next child build. */
    private static Set<String> export(Path db) {
        TdbStore store = TdbStore.open(db);
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.apache.jena.system.Txn.executeRead(store.datasetGraph(), () ->
                    org.apache.jena.riot.RDFDataMgr.write(out, store.datasetGraph(), org.apache.jena.riot.Lang.NQUADS));
            return new TreeSet<>(List.of(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        } finally {
            store.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(store.datasetGraph());
        }
    }

    private static Map<String, Set<String>> byGraph(Set<String> nquads) {
        Map<String, Set<String>> graphs = new HashMap<>();
        for (String line : nquads) {
            String graph = line.substring(line.lastIndexOf('<', line.length() - 3));
            graphs.computeIfAbsent(graph, g -> new TreeSet<>()).add(line);
        }
        return graphs;
    }

    private static Set<String> withoutPeople(Set<String> lines) {
        Set<String> out = new TreeSet<>();
        for (String l : lines) {
            out.add(l.replaceAll(java.util.regex.Pattern.quote(OFFICIAL) + "[^>]*>", "<official>"));
        }
        return out;
    }
}
