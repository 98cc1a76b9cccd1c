package org.w3id.cadregraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.pipeline.ExtractionBug;
import org.w3id.cadregraph.pipeline.ReportFiles;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.report.BadReportException;
import scala.Tuple2;

/**
 * Extraction as a Spark job: the pipeline is per report, so it maps over the files. Each partition makes one
 * {@link ReportPipeline} (models loaded once per executor JVM, the OpenNLP tools not shared between threads) and
 * turns its reports into N-Quads; the shards ({@code part-00000} …) load into TDB2 with Jena's
 * {@code tdb2.xloader} or {@code cadregraph load}. Identity resolution across reports is not part of the job:
 * it runs where the store is (see the README).
 *
 * <pre>
 *   spark-submit --class org.w3id.cadregraph.spark.SparkExtract --master local[*] --conf spark.ui.enabled=false cadregraph.jar \
 *       'corpus/*&#47;*' shards/
 *   cat shards/part-*.nq > shards.nq      # Jena 5.6's xloader reads only the first file it is given
 *   java -cp cadregraph.jar tdb2.xloader.CmdxLoader --loc cadregraph-db shards.nq
 * </pre>
 */
public final class SparkExtract implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(SparkExtract.class);

    private final String extractorVersion;
    /** Extraction time in epoch seconds: fixed for the whole job, so shards from retried tasks agree. */
    private final long extractedAt;

    public SparkExtract(String extractorVersion, long extractedAt) {
        this.extractorVersion = extractorVersion;
        this.extractedAt = extractedAt;
    }

    /** What the job did. */
    public record Summary(long read, long rejected) {}

    /**
     * @param inputs     file paths or globs Spark can read (local, HDFS, S3), comma-separated
     * @param output     a folder that does not exist yet: the shards go there
     * @param partitions at least this many tasks
     */
    public Summary run(JavaSparkContext sc, String inputs, String output, int partitions) {
        LongAccumulator read = sc.sc().longAccumulator("reports read");
        LongAccumulator rejected = sc.sc().longAccumulator("reports rejected");
        // Each PortableDataStream carries its whole input split (every file name packed with it), so shuffling the
        // streams costs files² names: 5,000 reports ran out of 1 GB. The sort shuffles the reports' bytes instead.
        JavaPairRDD<String, byte[]> files = sc.binaryFiles(inputs, partitions)
                .filter(f -> ReportFiles.isReportName(Path.of(f._1())))
                .mapToPair(f -> new Tuple2<>(f._1(), f._2().toArray()));
        // binaryFiles packs small files into splits of up to 128 MB, whatever partitions it is asked for: a folder of
        // short reports comes back as one partition, one task, one core. The shuffle spreads them over the partitions.
        // Hash-partitioned and sorted within each partition: the shards are the same on every run, and unlike
        // sortByKey there is no sampling job, which read every file a second time.
        files.repartitionAndSortWithinPartitions(new HashPartitioner(partitions))
                .mapPartitions(part -> extract(part, read, rejected))
                .saveAsTextFile(output);
        nameShards(output);
        return new Summary(read.value(), rejected.value());
    }

    /**
     * One partition: one pipeline, each report's quads as one N-Quads text (one line a quad), extracted as Spark asks
     * for the next one, so a partition's output is never held in memory whole.
     */
    private Iterator<String> extract(Iterator<Tuple2<String, byte[]>> files, LongAccumulator read,
                                     LongAccumulator rejected) {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(extractedAt), ZoneOffset.UTC);
        ReportPipeline pipeline = ReportPipeline.factory(ExecutorResources.SHARED, clock).get();
        ExtractionMapper mapper = new ExtractionMapper(extractorVersion);
        return new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                while (next == null && files.hasNext()) {
                    next = extractOne(files.next());
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String out = next;
                next = null;
                return out;
            }

            /** The report's N-Quads, or null when it is rejected. */
            private String extractOne(Tuple2<String, byte[]> f) {
                Path name = Path.of(f._1().replaceFirst("^file:", ""));
                try {
                    Extraction x = pipeline.extract(pipeline.reader().read(name, f._2()));
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    StreamRDF stream = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
                    stream.start();
                    mapper.map(x, clock.instant(), stream);
                    stream.finish();
                    read.add(1);
                    return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
                } catch (BadReportException | ExtractionBug e) {
                    // logged once, on the executor, with the file; the job goes on
                    log.warn("rejected {}: {}", f._1(), e instanceof ExtractionBug ? "internal error: " + e.getCause()
                            : e.getMessage());
                    rejected.add(1);
                    return null;
                }
            }
        };
    }

    /**
     * The models, gazetteer and name lists, loaded once per executor JVM when its first task needs them (class
     * initialisation is lazy and thread-safe) and shared by its tasks, as the threads of {@code extract} share them.
     * Loaded per partition they doubled the job's CPU time; the pipelines made from them stay one per partition.
     */
    private static final class ExecutorResources {
        static final ReportPipeline.Resources SHARED = ReportPipeline.Resources.loadDefault();
    }

    /**
     * Spark names its shards {@code part-00000}; RIOT (and so xloader) tells a syntax by the extension. When the
     * output is on the local file system the shards are renamed {@code part-00000.nq}; elsewhere (HDFS, S3) rename
     * them when copying them next to the store.
     */
    static void nameShards(String output) {
        Path dir = Path.of(output.replaceFirst("^file:", ""));
        if (!java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("part-\\d+")).toList()) {
                java.nio.file.Files.move(p, p.resolveSibling(p.getFileName() + ".nq"));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot rename the shards in " + dir, e);
        }
    }

    /** {@code spark-submit … SparkExtract INPUTS OUTPUT [PARTITIONS]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkExtract INPUTS(comma-separated paths or globs) OUTPUT_DIR [PARTITIONS]");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("cadregraph-extract").setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.enabled", "false");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int partitions = args.length > 2 ? Integer.parseInt(args[2]) : sc.defaultParallelism() * 4;
            String epoch = System.getenv("SOURCE_DATE_EPOCH"); // as the CLI: a fixed time gives reproducible shards
            long at = epoch == null || epoch.isBlank() ? Instant.now().getEpochSecond() : Long.parseLong(epoch.strip());
            Summary s = new SparkExtract(org.w3id.cadregraph.Version.extractor(), at)
                    .run(sc, args[0], args[1], partitions);
            System.err.println("reports read: " + s.read() + ", rejected: " + s.rejected() + "; shards in " + args[1]);
        }
    }
}
