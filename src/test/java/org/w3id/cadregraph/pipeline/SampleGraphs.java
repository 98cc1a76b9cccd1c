package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.cadregraph.graph.ExtractionMapper;

/** Runs the real pipeline over report files into an in-memory dataset, with a fixed clock and version. */
public final class SampleGraphs {
    public static final Path SAMPLES = Path.of("samples");
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    public static final String VERSION = "test";

    private SampleGraphs() {}

    /**
     * The report id of a sample, by its file name without extension: the id carries the start of the content
     * hash, so tests compute it rather than spell it (a sample edited keeps its tests).
     */
    public static String reportId(String stem) {
        try (var files = java.nio.file.Files.list(SAMPLES)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(stem + ".")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no sample " + stem));
            return new org.w3id.cadregraph.report.ReportReader(ReportPipeline.MAX_REPORT_BYTES).read(file).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.w3id.cadregraph.report.BadReportException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The dataset built from the inputs, and the problems of the rejected files. */
    public record Built(DatasetGraph dataset, List<Problem> problems) {}

    public static Built build(ReportPipeline pipeline, List<Path> inputs) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Problem> problems = new ArrayList<>();
        BatchRunner runner = new BatchRunner(pipeline, new ExtractionMapper(VERSION), problems::add, FIXED_CLOCK, false);
        try {
            runner.run(inputs, ReportSink.inMemory(dsg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Built(dsg, problems);
    }
}
