package org.w3id.cadregraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.w3id.cadregraph.extract.Extraction;

/**
 * One report extracted and mapped, on its way to the writer: its graph and every quad of it, so that the writer
 * only stores (a report's quads are a few hundred, and only a few reports are in flight at once).
 *
 * @param file       the report file, as found
 * @param extraction what was extracted
 * @param graph      the report's named graph
 * @param quads      the graph's quads
 * @param spooled    the report made ready for a spool by its worker ({@link BatchSink#prepare}), or null
 */
public record ExtractedReport(Path file, Extraction extraction, Node graph, List<Quad> quads, SpooledReport spooled) {
    public ExtractedReport {
        quads = List.copyOf(quads);
    }

    public ExtractedReport(Path file, Extraction extraction, Node graph, List<Quad> quads) {
        this(file, extraction, graph, quads, null);
    }

    public ExtractedReport withSpooled(SpooledReport ready) {
        return new ExtractedReport(file, extraction, graph, quads, ready);
    }

    /** The file as the store records it (cg:sourcePath): absolute, so that two folders' "index.txt" are two sources. */
    public String sourcePath() {
        return sourcePathOf(file);
    }

    static String sourcePathOf(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    public ExtractedReport withQuads(List<Quad> replaced) {
        return new ExtractedReport(file, extraction, graph, replaced);
    }
}
