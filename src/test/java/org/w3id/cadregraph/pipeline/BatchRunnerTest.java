package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.nlp.Annotator;
import org.w3id.cadregraph.report.ReportCleaner;
import org.w3id.cadregraph.report.ReportReader;

class BatchRunnerTest {
    private static Supplier<ReportPipeline> pipelines;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        pipelines = ReportPipeline.factory(SampleGraphs.FIXED_CLOCK);
    }

    private BatchRunner runner(int threads, List<Problem> problems) {
        return new BatchRunner(pipelines, new ExtractionMapper(SampleGraphs.VERSION), problems::add,
                SampleGraphs.FIXED_CLOCK, new BatchOptions(threads, Duration.ofSeconds(60), false, false, false),
                WriterStep.NONE);
    }

    private static String nquads(BatchRunner runner, List<Path> inputs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        out.start();
        runner.run(ReportFiles.find(inputs), new StreamSink(out));
        out.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheSameBytesOnOneThreadAndOnMany() throws IOException {
        new CorpusGenerator(7).write(dir, 40);
        List<Problem> one = new ArrayList<>();
        List<Problem> many = new ArrayList<>();

        String single = nquads(runner(1, one), List.of(dir));
        String parallel = nquads(runner(4, many), List.of(dir));

        assertThat(single).isNotEmpty().isEqualTo(parallel);
        assertThat(many).isEqualTo(one);
    }

    @Test
    void aBadReportLosesOnlyItselfAndIsReportedOnce() throws IOException {
        Files.writeString(dir.resolve("a.txt"), new CorpusGenerator(1).report(1).text());
        Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
        Files.writeString(dir.resolve("c.txt"), new CorpusGenerator(1).report(2).text());
        List<Problem> problems = new ArrayList<>();

        BatchSummary summary = runner(2, problems).run(ReportFiles.find(List.of(dir)), report -> { });

        assertThat(summary.read()).isEqualTo(2);
        assertThat(problems).extracting(p -> p.file().getFileName().toString()).containsExactly("b.txt");
        assertThat(summary.rejected()).hasSize(1);
        assertThat(summary.rejected().get(0).reason()).contains("PNG");
    }

    @Test
    void theWriterStepSeesEveryReportInInputOrder() throws IOException {
        new CorpusGenerator(3).write(dir, 30);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        BatchRunner runner = new BatchRunner(pipelines, new ExtractionMapper("test"), p -> { }, SampleGraphs.FIXED_CLOCK,
                new BatchOptions(3, Duration.ofSeconds(60), false, false, false), (report, store) -> {
                    seen.add(report.file().getFileName().toString());
                    threads.add(Thread.currentThread().getName());
                    return report;
                });

        runner.run(ReportFiles.find(List.of(dir)), report -> { });

        assertThat(seen).hasSizeGreaterThan(25).isSorted();
        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void aReportPastTheTimeBoundIsAbandonedAndTheBatchGoesOn() throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        Supplier<ReportPipeline> hanging = () -> {
            ReportPipeline real = pipelines.get();
            Annotator stuck = report -> {
                if (report.text().contains("STUCK")) {
                    try {
                        never.await(); // until interrupted by the abandonment
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("interrupted");
                }
                return real.annotator().annotate(report);
            };
            return new ReportPipeline(new ReportReader(ReportPipeline.MAX_REPORT_BYTES), new ReportCleaner(), stuck,
                    real.extractor());
        };
        CorpusGenerator corpus = new CorpusGenerator(5);
        Files.writeString(dir.resolve("1.txt"), corpus.report(1).text());
        Files.writeString(dir.resolve("2.txt"), corpus.report(2).text().replace("attended", "STUCK attended"));
        Files.writeString(dir.resolve("3.txt"), corpus.report(3).text());
        List<Problem> problems = new ArrayList<>();
        BatchRunner runner = new BatchRunner(hanging, new ExtractionMapper("test"), problems::add,
                SampleGraphs.FIXED_CLOCK, new BatchOptions(1, Duration.ofSeconds(1), false, false, false), WriterStep.NONE);

        BatchSummary summary = runner.run(ReportFiles.find(List.of(dir)), report -> { });

        assertThat(summary.read()).isEqualTo(2);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName().toString()).isEqualTo("2.txt");
            assertThat(p.reason()).startsWith("still running after 1 s");
        });
    }
}
