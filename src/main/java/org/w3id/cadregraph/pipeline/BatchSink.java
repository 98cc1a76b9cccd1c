package org.w3id.cadregraph.pipeline;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where a batch's reports go, from the one writer thread, in input order: a TDB2 store ({@link StoreSink}), a
 * file ({@link StreamSink}) or anything a {@link ReportSink} writes to.
 */
public interface BatchSink {
    /** What is already stored, so a rebuild can skip it; nothing for a file or a new store. */
    default StoredReports stored() {
        return StoredReports.NONE;
    }

    /** The store, for a {@link WriterStep}; empty for a file. */
    default Optional<DatasetGraph> store() {
        return Optional.empty();
    }

    /**
     * Work on one report that can be done before its turn, on its worker thread (many at once, in any order): what
     * the writer then only has to append. Must be thread-safe. Does nothing by default.
     */
    default ExtractedReport prepare(ExtractedReport report) {
        return report;
    }

    /** Stores one report: its graph replaces the graph of that name and any earlier graph of the same file. */
    void put(ExtractedReport report);

    /** The end of the batch; with {@code keep} given, removes every report graph not in it. Returns how many. */
    default int finish(Optional<Set<Node>> keep) {
        return 0;
    }

    /** A sink that writes each report through a {@link ReportSink}. */
    static BatchSink of(ReportSink sink) {
        return report -> sink.write(report.graph(), out -> report.quads().forEach(out::quad));
    }
}
