package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.report.BadReportException;
import org.w3id.cadregraph.report.RawReport;

/**
 * Runs report files through the pipeline into a sink: N extraction workers (one {@link ReportPipeline} each,
 * models shared), one writer (the calling thread) that takes their results in input order, so the output does
 * not depend on thread timing. A bad report is reported to the {@link ProblemHandler} once, with its file and
 * reason, and loses only itself; a report still running after the time bound is abandoned.
 *
 * <pre>
 *   BatchRunner runner = BatchRunner.createDefault(BatchOptions.defaults(true), Clock.systemUTC());
 *   BatchSummary summary = runner.run(ReportFiles.find(List.of(Path.of("samples"))), new StoreSink(store, version, 500));
 * </pre>
 *
 * Only a few reports per worker are in flight at once, so memory does not grow with the batch.
 */
public final class BatchRunner {
    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    /**
     * Reports in flight per worker: enough to keep every worker busy while the writer stores, and while the writer
     * waits for a long report, which it must take before the ones after it (at 4, two workers on 10,000 reports
     * waited for work 3.5 s in all).
     */
    private static final int IN_FLIGHT_PER_WORKER = 16;

    private final Supplier<ReportPipeline> pipelines;
    private final ExtractionMapper mapper;
    private final ProblemHandler problems;
    private final Clock clock;
    private final BatchOptions options;
    private final WriterStep step;

    /**
     * @param pipelines makes one pipeline per worker thread
     * @param clock     the extraction time recorded in each graph
     * @param step      run by the writer on each report before it is stored
     */
    public BatchRunner(Supplier<ReportPipeline> pipelines, ExtractionMapper mapper, ProblemHandler problems, Clock clock,
                       BatchOptions options, WriterStep step) {
        this.pipelines = pipelines;
        this.mapper = mapper;
        this.problems = problems;
        this.clock = clock;
        this.options = options;
        this.step = step;
    }

    /** One worker on the given pipeline, no time bound (tests, and callers that hold one pipeline). */
    public BatchRunner(ReportPipeline pipeline, ExtractionMapper mapper, ProblemHandler problems, Clock clock,
                       boolean progressBar) {
        this(() -> pipeline, mapper, problems, clock, new BatchOptions(1, null, progressBar, false, false), WriterStep.NONE);
    }

    /** The runner with the shipped pipeline, the mapper of this version, problems logged. */
    public static BatchRunner createDefault(BatchOptions options, Clock clock) {
        return new BatchRunner(ReportPipeline.factory(clock), new ExtractionMapper(org.w3id.cadregraph.Version.extractor()),
                new LoggingProblemHandler(), clock, options, WriterStep.NONE);
    }

    /** The default runner, on every core, with the system clock. */
    public static BatchRunner createDefault(boolean progressBar) {
        return createDefault(BatchOptions.defaults(progressBar), Clock.systemUTC());
    }

    /** The report files of the inputs (see {@link ReportFiles#find}). */
    public static List<Path> reportFiles(List<Path> inputs) throws IOException {
        return ReportFiles.find(inputs).reports();
    }

    /** Runs the report files of the inputs through a {@link ReportSink}, one report's graph at a time. */
    public BatchSummary run(List<Path> inputs, ReportSink sink) throws IOException {
        return run(ReportFiles.find(inputs), BatchSink.of(sink));
    }

    public BatchSummary run(ReportFiles.Found found, BatchSink sink) throws IOException {
        long started = System.nanoTime();
        List<Path> files = found.reports();
        StoredReports stored = options.force() ? StoredReports.NONE : sink.stored();
        log.info("extracting {} report files on {} threads", files.size(), options.threads());
        Writer writer = new Writer(sink);
        found.unreadable().forEach(writer::reject);
        ThreadPoolExecutor pool = workers();
        ThreadLocal<ReportPipeline> pipeline = ThreadLocal.withInitial(pipelines);
        int window = options.threads() * IN_FLIGHT_PER_WORKER;
        try (ProgressBar bar = progressBar(files.size())) {
            Deque<Pending> inFlight = new ArrayDeque<>();
            for (Path file : files) {
                AtomicLong startedAt = new AtomicLong();
                inFlight.add(new Pending(file, startedAt,
                        pool.submit(() -> work(pipeline.get(), file, stored, startedAt, sink))));
                while (inFlight.size() >= window) {
                    writer.take(await(inFlight.poll(), pool), bar);
                }
            }
            while (!inFlight.isEmpty()) {
                writer.take(await(inFlight.poll(), pool), bar);
            }
        } finally {
            pool.shutdownNow();
        }
        int pruned = sink.finish(options.prune() ? Optional.of(writer.keep) : Optional.empty());
        BatchSummary summary = writer.summary(Duration.ofNanos(System.nanoTime() - started), found.describeSkipped(), pruned);
        log.debug(summary.describe().lines().findFirst().orElse(""));
        return summary;
    }

    /** The stages for one file, on a worker thread. Never throws: every failure is this report's outcome. */
    private ReportOutcome work(ReportPipeline p, Path file, StoredReports stored, AtomicLong startedAt, BatchSink sink) {
        startedAt.set(System.nanoTime());
        try {
            RawReport raw = p.read(file);
            Optional<Node> known = stored.graphOf(raw.sha256());
            if (known.isPresent()) {
                return new ReportOutcome.Unchanged(file, raw.sha256(), known.get());
            }
            Extraction x = p.extract(raw);
            List<Quad> quads = new ArrayList<>();
            mapper.map(x, clock.instant(), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            });
            return new ReportOutcome.Extracted(sink.prepare(new ExtractedReport(file, x, ExtractionMapper.graphOf(x.report()), quads)));
        } catch (BadReportException e) {
            return rejected(file, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return rejected(file, "cannot read: " + e.getMessage());
        } catch (ExtractionBug e) {
            log.debug("stack trace of the internal error on {}", file, e.getCause());
            return rejected(file, "internal error while extracting (a bug, please report it): " + e.getCause());
        } catch (RuntimeException e) {
            log.debug("stack trace of the internal error on {}", file, e);
            return rejected(file, "internal error while mapping to RDF (a bug, please report it): " + e);
        } catch (StackOverflowError e) {
            return rejected(file, "too deeply nested to read (the stack overflowed)");
        } catch (OutOfMemoryError e) {
            // One report's working set is bounded by the size cap; this one needed more than the heap had left.
            return rejected(file, "ran out of memory while extracting (give the JVM more heap with -Xmx)");
        }
    }

    private static ReportOutcome rejected(Path file, String reason) {
        return new ReportOutcome.Rejected(new Problem(file, Problem.Severity.ERROR, reason));
    }

    /** A report handed to a worker; {@code startedAt} is 0 until a worker takes it. */
    private record Pending(Path file, AtomicLong startedAt, Future<ReportOutcome> result) {}

    /** The outcome of a report, or its rejection when it runs past the time bound. */
    private ReportOutcome await(Pending p, ThreadPoolExecutor pool) throws IOException {
        try {
            if (options.reportTimeout() == null) {
                return p.result().get();
            }
            long bound = options.reportTimeout().toNanos();
            while (true) {
                try {
                    return p.result().get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long s = p.startedAt().get();
                    if (s != 0 && System.nanoTime() - s > bound) {
                        p.result().cancel(true);
                        // The stuck thread cannot be stopped, only interrupted: give the pool a fresh worker so the
                        // batch keeps its speed while the old one finishes or dies with the process.
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return rejected(p.file(), "still running after " + options.reportTimeout().toSeconds()
                                + " s: abandoned so that the batch goes on");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + p.file());
        } catch (ExecutionException e) {
            // work() catches everything a report can cause; what is left is an Error of the JVM itself
            throw new IllegalStateException("extraction worker failed on " + p.file(), e.getCause());
        }
    }

    private ThreadPoolExecutor workers() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true); // an abandoned report must not keep the JVM alive
            return t;
        };
        return new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
    }

    private ProgressBar progressBar(int size) {
        // The bar is progress information like the INFO log lines: -q (warnings only) hides it too.
        if (!options.progressBar() || size < 2 || !log.isInfoEnabled()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("reports").setInitialMax(size).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    /** The one writer: takes outcomes in input order, stores, counts, reports problems. */
    private final class Writer {
        private final BatchSink sink;
        private final List<Problem> rejected = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        /** The first file of each content hash in this batch: a second file with the same bytes is a duplicate. */
        private final Map<String, Path> firstFile = new HashMap<>();
        /** Graphs of this batch's reports, for --prune. */
        private final Set<Node> keep = new HashSet<>();
        private int read;
        private int unchanged;
        private int duplicates;
        private int officials;
        private int titles;
        private int meetings;
        private long quads;

        Writer(BatchSink sink) {
            this.sink = sink;
        }

        void take(ReportOutcome outcome, ProgressBar bar) {
            if (outcome instanceof ReportOutcome.Rejected r) {
                reject(r.problem());
            } else if (outcome instanceof ReportOutcome.Unchanged u) {
                if (firstTime(u.sha256(), u.graph(), u.file())) {
                    unchanged++;
                    log.debug("{}: unchanged, already stored", u.file());
                }
            } else if (outcome instanceof ReportOutcome.Extracted e
                    && firstTime(e.report().extraction().report().sha256(), e.report().graph(), e.file())) {
                store(e.report());
            }
            if (bar != null) {
                bar.setExtraMessage(outcome.file().getFileName().toString());
                bar.step();
            }
        }

        private boolean firstTime(String sha256, Node graph, Path file) {
            Path first = firstFile.putIfAbsent(sha256, file);
            if (first == null) {
                keep.add(graph);
                return true;
            }
            duplicates++;
            Problem p = new Problem(file, Problem.Severity.WARNING, "same content as " + first + ": stored once");
            warnings.add(p);
            problems.report(p);
            return false;
        }

        private void store(ExtractedReport report) {
            ExtractedReport r = step.apply(report, sink.store());
            sink.put(r);
            read++;
            Extraction x = r.extraction();
            officials += x.officials().size();
            titles += x.officials().stream().mapToInt(o -> o.titles().size()).sum();
            meetings += x.meetings().size();
            quads += r.quads().size();
            log.debug("{}: {} officials, {} meetings", r.file(), x.officials().size(), x.meetings().size());
        }

        void reject(Problem p) {
            rejected.add(p);
            problems.report(p);
        }

        BatchSummary summary(Duration elapsed, String skipped, int pruned) {
            return new BatchSummary(read, rejected, officials, titles, meetings, quads, elapsed, unchanged, duplicates,
                    skipped, pruned, warnings);
        }
    }
}
