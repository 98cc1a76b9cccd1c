package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.report.BadReportException;

/**
 * Runs a folder of reports through the pipeline into a sink, one report at a time: a bad report is reported
 * to the {@link ProblemHandler} with its file and reason, and the batch goes on.
 *
 * <pre>
 *   BatchSummary summary = new BatchRunner(pipeline, mapper, handler, Clock.systemUTC(), true)
 *           .run(List.of(Path.of("samples")), store::replaceReportGraph);
 * </pre>
 */
public final class BatchRunner {
    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    private static final List<String> REPORT_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml");

    private final ReportPipeline pipeline;
    private final ExtractionMapper mapper;
    private final ProblemHandler problems;
    private final Clock clock;
    private final boolean progressBar;

    public BatchRunner(ReportPipeline pipeline, ExtractionMapper mapper, ProblemHandler problems, Clock clock,
                       boolean progressBar) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.problems = problems;
        this.clock = clock;
        this.progressBar = progressBar;
    }

    /** The runner with the shipped pipeline, the mapper of this version, problems logged, the system clock. */
    public static BatchRunner createDefault(boolean progressBar) {
        return new BatchRunner(ReportPipeline.createDefault(), new ExtractionMapper(org.w3id.cadregraph.Version.get()),
                new LoggingProblemHandler(), Clock.systemUTC(), progressBar);
    }

    /** The report files of the inputs: files as given, directories walked for text and HTML files, sorted. */
    public static List<Path> reportFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(BatchRunner::isReportFile).sorted().forEach(files::add);
                }
            } else if (Files.exists(in)) {
                files.add(in);
            } else {
                throw new java.nio.file.NoSuchFileException(in.toString(), null, "no such file or directory");
            }
        }
        return files;
    }

    private static boolean isReportFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && REPORT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public BatchSummary run(List<Path> inputs, ReportSink sink) throws IOException {
        Instant started = clock.instant();
        List<Path> files = reportFiles(inputs);
        log.info("extracting {} report files", files.size());
        List<Problem> rejected = new ArrayList<>();
        int read = 0;
        int officials = 0;
        int titles = 0;
        int meetings = 0;
        AtomicLong quads = new AtomicLong();
        java.util.Map<String, Path> graphIds = new java.util.HashMap<>();
        try (ProgressBar bar = progressBar(files.size())) {
            for (Path file : files) {
                if (bar != null) {
                    bar.setExtraMessage(file.getFileName().toString());
                }
                try {
                    Extraction x = pipeline.run(file);
                    Path earlier = graphIds.putIfAbsent(x.report().id(), file);
                    if (earlier != null) {
                        // one graph per report name: a second "report.txt" would silently replace the first
                        throw new BadReportException("another report of this batch has the same name, " + earlier
                                + ": its graph would be replaced; rename one of them");
                    }
                    sink.write(ExtractionMapper.graphOf(x.report()),
                            out -> mapper.map(x, clock.instant(), counting(out, quads)));
                    read++;
                    officials += x.officials().size();
                    titles += x.officials().stream().mapToInt(o -> o.titles().size()).sum();
                    meetings += x.meetings().size();
                    log.debug("{}: {} officials, {} meetings", file, x.officials().size(), x.meetings().size());
                } catch (BadReportException e) {
                    reject(rejected, new Problem(file, Problem.Severity.ERROR, e.getMessage()));
                } catch (IOException | UncheckedIOException e) {
                    reject(rejected, new Problem(file, Problem.Severity.ERROR, "cannot read: " + e.getMessage()));
                } catch (ExtractionBug e) {
                    log.debug("stack trace of the internal error on {}", file, e.getCause());
                    reject(rejected, new Problem(file, Problem.Severity.ERROR,
                            "internal error while extracting (a bug, please report it): " + e.getCause()));
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        BatchSummary summary = new BatchSummary(read, rejected, officials, titles, meetings, quads.get(),
                Duration.between(started, clock.instant()));
        log.debug(summary.describe().lines().findFirst().orElse(""));
        return summary;
    }

    private void reject(List<Problem> rejected, Problem p) {
        rejected.add(p);
        problems.report(p);
    }

    private ProgressBar progressBar(int size) {
        if (!progressBar || size < 2) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("reports").setInitialMax(size).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    private static StreamRDF counting(StreamRDF out, AtomicLong count) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                count.incrementAndGet();
                super.quad(quad);
            }
        };
    }
}
