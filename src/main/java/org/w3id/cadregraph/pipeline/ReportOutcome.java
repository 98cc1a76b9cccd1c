package org.w3id.cadregraph.pipeline;

import java.nio.file.Path;
import org.apache.jena.graph.Node;

/** What a worker made of one report file; the writer takes these in input order. */
sealed interface ReportOutcome {
    Path file();

    /** Extracted and mapped: to be stored. */
    record Extracted(ExtractedReport report) implements ReportOutcome {
        @Override
        public Path file() {
            return report.file();
        }
    }

    /** Its content is stored already, extracted by this version: nothing to do but keep it. */
    record Unchanged(Path file, String sha256, Node graph) implements ReportOutcome {}

    /** Rejected, with the reason. */
    record Rejected(Problem problem) implements ReportOutcome {
        @Override
        public Path file() {
            return problem.file();
        }
    }
}
