package org.w3id.cadregraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.cadregraph.pipeline.ReportPipeline;
import org.w3id.cadregraph.pipeline.SampleGraphs;
import org.w3id.cadregraph.report.BadReportException;

/** The default pipeline on the fixed test clock, run on a short report that a test writes into its own directory. */
final class ShortReports {
    private final ReportPipeline pipeline = ReportPipeline.createDefault(SampleGraphs.FIXED_CLOCK);

    Extraction extract(Path dir, String text) throws IOException, BadReportException {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, text);
        return pipeline.run(file);
    }

    /** The names of the regions that host a meeting, in the extractor's order. */
    static List<String> hosts(Meeting m) {
        return m.hosts().stream().map(h -> h.region().name()).toList();
    }
}
