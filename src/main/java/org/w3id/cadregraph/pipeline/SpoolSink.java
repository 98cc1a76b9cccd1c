package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.identity.Mention;
import org.w3id.cadregraph.identity.MentionReader;
import org.w3id.cadregraph.identity.MentionSpool;

/**
 * Reports of a run into an empty store or a file, onto disk: each worker turns its report into the quads a store
 * would hold (as bytes) and the mentions identity needs, read from the report's own graph; the one writer only
 * appends them to the {@link ReportSpool} and the {@link MentionSpool}. Identity then decides from the mentions
 * ({@link org.w3id.cadregraph.identity.FreshIdentity}) and {@link SpoolReplay} writes the result, so no report
 * graph is ever read back from a store.
 *
 * <pre>
 *   try (SpoolSink sink = SpoolSink.create(dir, found.reports().size(), true)) {
 *       runner.run(found, sink);
 *       ...
 *   }
 * </pre>
 */
public final class SpoolSink implements BatchSink, AutoCloseable {
    private final ReportSpool reports;
    private final MentionSpool mentions;
    private final boolean recordSources;

    private SpoolSink(ReportSpool reports, MentionSpool mentions, boolean recordSources) {
        this.reports = reports;
        this.mentions = mentions;
        this.recordSources = recordSources;
    }

    /**
     * @param expectedReports how many reports the run has at most (sizes the mention buckets)
     * @param recordSources   whether to record {@code cg:sourcePath}, as a store does (not for {@code extract})
     */
    public static SpoolSink create(Path dir, int expectedReports, boolean recordSources) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        return new SpoolSink(new ReportSpool(dir.resolve("reports.bin")),
                MentionSpool.create(dir.resolve("mentions"), MentionSpool.bucketsFor(expectedReports)), recordSources);
    }

    public ReportSpool reports() {
        return reports;
    }

    public MentionSpool mentions() {
        return mentions;
    }

    @Override
    public ExtractedReport prepare(ExtractedReport report) {
        return report.withSpooled(spool(report, recordSources));
    }

    /** The report's quads in their stored form, without duplicates, as bytes, and its mentions. */
    static SpooledReport spool(ExtractedReport report, boolean recordSources) {
        Set<Quad> quads = new LinkedHashSet<>(report.quads().size() * 2);
        for (Quad q : report.quads()) {
            quads.add(StoredForm.of(q));
        }
        if (recordSources) {
            quads.add(Quad.create(report.graph(), report.graph(), CG.sourcePath,
                    NodeFactory.createLiteralString(report.sourcePath())));
        }
        DatasetGraph own = DatasetGraphFactory.create();
        quads.forEach(own::add);
        List<Mention> ms = new ArrayList<>(new MentionReader(own).read(report.graph()).values());
        return new SpooledReport(QuadBytes.encode(quads), ms);
    }

    @Override
    public void put(ExtractedReport report) {
        SpooledReport s = report.spooled() != null ? report.spooled() : spool(report, recordSources);
        try {
            int n = reports.append(s.quads());
            s.mentions().forEach(m -> mentions.add(n, m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reports.close();
        mentions.close();
    }
}
