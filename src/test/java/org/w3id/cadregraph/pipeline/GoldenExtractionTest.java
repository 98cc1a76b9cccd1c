package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cadregraph.export.DumpPrefixes;

/**
 * Golden files: every report in {@code samples/} goes through the real pipeline and its graph must be
 * isomorphic to {@code src/test/resources/golden/<file>.trig}; a rejected report must give the reason in
 * {@code <file>.problems}. Expected files are reviewed by hand. To rewrite them after a reviewed change:
 * {@code mvn test -Dtest=GoldenExtractionTest -Dgolden.update=true} (refused when {@code CI=true}).
 */
class GoldenExtractionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden");
    private static ReportPipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = ReportPipeline.createDefault(SampleGraphs.FIXED_CLOCK);
    }

    static Stream<Path> samples() throws IOException {
        return BatchRunner.reportFiles(List.of(SampleGraphs.SAMPLES)).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void extractsAsReviewed(Path report) throws IOException {
        SampleGraphs.Built built = SampleGraphs.build(pipeline, List.of(report));
        String name = report.getFileName().toString();
        Path expectedGraph = GOLDEN.resolve(name + ".trig");
        Path expectedProblems = GOLDEN.resolve(name + ".problems");
        if (updating()) {
            write(built, expectedGraph, expectedProblems);
            return;
        }
        if (!built.problems().isEmpty() || Files.exists(expectedProblems)) {
            assertThat(Files.exists(expectedProblems)).as("unexpected rejection of %s: %s", name, built.problems()).isTrue();
            String reasons = built.problems().stream().map(Problem::reason).collect(Collectors.joining("\n"));
            assertThat(reasons).isEqualTo(Files.readString(expectedProblems).strip());
            return;
        }
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(expected, expectedGraph.toString());
        if (!IsoMatcher.isomorphic(expected, built.dataset())) {
            Path actual = ACTUAL.resolve(name + ".trig");
            Files.createDirectories(ACTUAL);
            try (OutputStream out = Files.newOutputStream(actual)) {
                RDFDataMgr.write(out, built.dataset(), RDFFormat.TRIG_PRETTY);
            }
            fail("%s differs from %s (actual written to %s):%n%s", name, expectedGraph, actual,
                    diff(expected, built.dataset()));
        }
    }

    private static boolean updating() {
        if (!Boolean.getBoolean("golden.update")) {
            return false;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("golden.update is refused under CI: expected files are reviewed by hand");
        }
        return true;
    }

    private static void write(SampleGraphs.Built built, Path graph, Path problems) throws IOException {
        Files.createDirectories(GOLDEN);
        Files.deleteIfExists(graph);
        Files.deleteIfExists(problems);
        if (!built.problems().isEmpty()) {
            Files.writeString(problems, built.problems().stream().map(Problem::reason).collect(Collectors.joining("\n")) + "\n");
            return;
        }
        DumpPrefixes.prefixes().forEach(built.dataset().prefixes()::add);
        try (OutputStream out = Files.newOutputStream(graph)) {
            RDFDataMgr.write(out, built.dataset(), RDFFormat.TRIG_PRETTY);
        }
    }

    /** The N-Quads lines only in one of the two datasets, sorted, so a failure reads as a diff. */
    private static String diff(DatasetGraph expected, DatasetGraph actual) {
        TreeSet<String> e = nquads(expected);
        TreeSet<String> a = nquads(actual);
        StringBuilder s = new StringBuilder();
        e.stream().filter(l -> !a.contains(l)).forEach(l -> s.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).forEach(l -> s.append("+ ").append(l).append('\n'));
        return s.toString();
    }

    private static TreeSet<String> nquads(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        return new TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    }
}
