package org.w3id.cadregraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.Version;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.pipeline.BatchOptions;
import org.w3id.cadregraph.pipeline.BatchRunner;
import org.w3id.cadregraph.pipeline.ReportFiles;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.pipeline.StreamSink;
import org.w3id.cadregraph.pipeline.WriterStep;
import org.w3id.cadregraph.store.TdbStore;

/**
 * The Spark job in local mode, run as spark-submit would run it (a JVM of its own with the options Spark needs on
 * Java 17): its shards hold exactly the quads of the plain pipeline, and Jena's xloader loads them into TDB2.
 */
class SparkExtractTest {
    private static final long EPOCH = 1_700_000_000L;
    /** What Spark's launcher gives the JVM on Java 17 (its JavaModuleOptions). */
    private static final List<String> SPARK_JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false");

    @TempDir
    Path dir;

    @Test
    void shardsHoldThePipelinesQuadsAndLoadWithXloader() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(9).write(corpus, 16);
        Path shards = dir.resolve("shards");

        int exit = java(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false"), "org.w3id.cadregraph.spark.SparkExtract",
                corpus + "/*/*", shards.toString(), "3");

        assertThat(exit).as(Files.readString(dir.resolve("java.log"))).isZero();
        List<Path> parts;
        try (Stream<Path> l = Files.list(shards)) {
            parts = l.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq")).sorted().toList();
        }
        // sixteen short reports fit in one input split; the job still spreads them over the three partitions asked for
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        Set<String> sharded = new TreeSet<>();
        for (Path p : parts) {
            Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(sharded::add);
        }
        assertThat(sharded).isEqualTo(pipelineQuads(corpus));

        // xloader reads only the first file it is given (Jena 5.6's CmdxLoader), so the shards are joined first, as
        // the README says
        Path joined = dir.resolve("shards.nq");
        for (Path p : parts) {
            Files.write(joined, Files.readAllBytes(p), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        Path db = dir.resolve("db");
        assertThat(java(List.of(), "tdb2.xloader.CmdxLoader", "--loc", db.toString(), joined.toString()))
                .as(Files.readString(dir.resolve("java.log"))).isZero();
        try (TdbStore store = TdbStore.open(db)) {
            assertThat(store.size()).isEqualTo(sharded.size());
            long graphs = Txn.calculateRead(store.datasetGraph(),
                    () -> org.apache.jena.atlas.iterator.Iter.count(store.datasetGraph().listGraphNodes()));
            assertThat(graphs).isEqualTo(sharded.stream().map(l -> l.substring(l.lastIndexOf('<'))).distinct().count());
        }
    }

    /** The same reports through the plain batch, as N-Quads lines. */
    private static Set<String> pipelineQuads(Path corpus) throws Exception {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(EPOCH), ZoneOffset.UTC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        out.start();
        new BatchRunner(ReportPipeline.factory(clock), new ExtractionMapper(Version.get()), p -> { }, clock,
                BatchOptions.defaults(false), WriterStep.NONE).run(ReportFiles.find(List.of(corpus)), new StreamSink(out));
        out.finish();
        return new TreeSet<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
    }

    private int java(List<String> options, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(SPARK_JVM_OPTIONS);
        command.addAll(options);
        // the servlet API 5 that Spark needs, ahead of the 6 that Fuseki needs (see the pom)
        String classpath = Path.of("target/spark-classpath/servlet-api-for-spark.jar").toAbsolutePath()
                + java.io.File.pathSeparator + System.getProperty("java.class.path");
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("java.log").toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(EPOCH));
        return pb.start().waitFor();
    }
}
