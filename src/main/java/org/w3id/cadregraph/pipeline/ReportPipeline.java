package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.extract.Extractor;
import org.w3id.cadregraph.extract.RuleBasedExtractor;
import org.w3id.cadregraph.gazetteer.RegionGazetteer;
import java.util.List;
import java.util.function.Supplier;
import org.w3id.cadregraph.nlp.Annotator;
import org.w3id.cadregraph.nlp.CantoneseNameFinder;
import org.w3id.cadregraph.nlp.ListNameFinder;
import org.w3id.cadregraph.nlp.NameFinder;
import org.w3id.cadregraph.nlp.TitledNameFinder;
import org.w3id.cadregraph.nlp.NlpModels;
import org.w3id.cadregraph.nlp.OpenNlpAnnotator;
import org.w3id.cadregraph.nlp.Pinyin;
import org.w3id.cadregraph.nlp.PinyinNameFinder;
import org.w3id.cadregraph.report.BadReportException;
import org.w3id.cadregraph.report.RawReport;
import org.w3id.cadregraph.report.Report;
import org.w3id.cadregraph.report.ReportCleaner;
import org.w3id.cadregraph.report.ReportReader;

/**
 * The stages for one report: read → clean → annotate → extract. Mapping to RDF and storing are the caller's.
 *
 * <pre>
 *   ReportPipeline pipeline = ReportPipeline.createDefault();
 *   Extraction x = pipeline.run(Path.of("samples/moe-guizhou-cooperation.txt"));
 * </pre>
 *
 * Not thread-safe (the OpenNLP tools are not): one pipeline per thread.
 */
public final class ReportPipeline {
    /** Reports are a few kilobytes; a file over this is not a report. */
    public static final long MAX_REPORT_BYTES = 5_000_000;
    /**
     * Article text longer than this (after cleaning) is not one news report: some rules look at every pair of
     * mentions, and a 3 MB text would hold a worker for minutes and hundreds of megabytes. The longest reports
     * of the genre (a work report in full) are a quarter of it.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    private final ReportReader reader;
    private final ReportCleaner cleaner;
    private final Annotator annotator;
    private final Extractor extractor;

    public ReportPipeline(ReportReader reader, ReportCleaner cleaner, Annotator annotator, Extractor extractor) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.extractor = extractor;
    }

    /** The pipeline with the shipped models and gazetteer. */
    public static ReportPipeline createDefault() {
        return createDefault(java.time.Clock.systemUTC());
    }

    /** The same, with the clock that tells the extractor which year is "now". */
    public static ReportPipeline createDefault(java.time.Clock clock) {
        return factory(clock).get();
    }

    /**
     * What every pipeline of a process shares, loaded once: the region gazetteer, the pinyin tables and the OpenNLP
     * models (all read-only once loaded).
     */
    public record Resources(RegionGazetteer regions, Pinyin pinyin, NlpModels models) {
        /** The shipped models, gazetteer and name lists. */
        public static Resources loadDefault() {
            return new Resources(RegionGazetteer.loadDefault(), Pinyin.loadDefault(), NlpModels.loadDefault());
        }
    }

    /**
     * Loads the models, gazetteer and name lists once; each {@code get()} makes a pipeline for one thread that
     * shares them (models are thread-safe, the OpenNLP {@code *ME} tools made from them are not).
     */
    public static Supplier<ReportPipeline> factory(java.time.Clock clock) {
        return factory(Resources.loadDefault(), clock);
    }

    /** Pipelines for one thread each, on resources already loaded. */
    public static Supplier<ReportPipeline> factory(Resources shared, java.time.Clock clock) {
        return factory(shared, clock, org.w3id.cadregraph.extract.MaxentHostDecider.configured());
    }

    /** Pipelines whose extractor has the last word on hosts from the given decider (shared by every thread). */
    public static Supplier<ReportPipeline> factory(Resources shared, java.time.Clock clock,
                                                   org.w3id.cadregraph.extract.HostDecider hosts) {
        RegionGazetteer regions = shared.regions();
        Pinyin pinyin = shared.pinyin();
        java.util.function.Predicate<String> isPlace = name -> !regions.lookup(name).isEmpty();
        // immutable, so one for every thread: Hong Kong and Macao names ("Kou Hoi In") before the titled ones
        CantoneseNameFinder cantonese = CantoneseNameFinder.loadDefault(pinyin, isPlace);
        return () -> {
            List<NameFinder> names = List.of(new PinyinNameFinder(pinyin, isPlace), cantonese,
                    new TitledNameFinder(isPlace, pinyin), new ListNameFinder(isPlace));
            return new ReportPipeline(new ReportReader(MAX_REPORT_BYTES), new ReportCleaner(),
                    new OpenNlpAnnotator(shared.models(), names), new RuleBasedExtractor(regions, clock, pinyin::isSurname, hosts));
        };
    }

    /** The reading stage (for callers that read the bytes themselves, as the Spark job does). */
    public ReportReader reader() {
        return reader;
    }

    /** The annotation stage (for tests that wrap it). */
    public Annotator annotator() {
        return annotator;
    }

    /** The extraction stage. */
    public Extractor extractor() {
        return extractor;
    }

    public Extraction run(Path file) throws IOException, BadReportException {
        return extract(read(file));
    }

    /** Reads and decodes a file; its hash tells a rebuild whether the report is already stored. */
    public RawReport read(Path file) throws IOException, BadReportException {
        return reader.read(file);
    }

    /** The stages after reading. */
    public Extraction extract(RawReport raw) throws BadReportException {
        try {
            Report report = cleaner.clean(raw);
            if (report.text().length() > MAX_TEXT_CHARS) {
                throw new BadReportException("text too long for one report (" + report.text().length()
                        + " characters after cleaning, the limit is " + MAX_TEXT_CHARS + ")");
            }
            return extractor.extract(annotator.annotate(report));
        } catch (RuntimeException e) {
            // A bug in a stage loses this report, not the batch: the runner reports it with the file.
            throw new ExtractionBug(e);
        }
    }
}
