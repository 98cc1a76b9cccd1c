package org.w3id.cadregraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the edge list as RFC 4180 CSV with a header, the shape that {@code pandas.read_csv} +
 * {@code networkx.from_pandas_edgelist(df, "source", "target", "weight")} and igraph's
 * {@code Graph.DataFrame} read.
 */
final class CsvEdgeWriter {
    static final String[] HEADER = {"source", "target", "weight", "source_label", "target_label"};

    void write(CoAttendanceNetwork network, OutputStream out) throws IOException {
        Map<String, String> labels = new HashMap<>();
        network.nodes().forEach(n -> labels.put(n.iri(), n.label()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
        for (NetworkEdge edge : network.edges()) {
            csv.printRecord(edge.source(), edge.target(), edge.weight(), labels.get(edge.source()),
                    labels.get(edge.target()));
        }
        csv.flush();
    }
}
