package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cadregraph.export.DumpFormat;
import org.w3id.cadregraph.network.CoAttendanceNetwork;
import org.w3id.cadregraph.network.NetworkFilter;
import org.w3id.cadregraph.network.NetworkFormat;
import org.w3id.cadregraph.network.NetworkQuery;
import picocli.CommandLine.Option;

/**
 * What {@code export} needs for the co-attendance network: which of its formats was asked for
 * ({@code --format graphml|gexf|csv-edges}, or a {@code .graphml}/{@code .gexf}/{@code .csv} file name), and the
 * filter options, the same as the network page's.
 */
public final class NetworkExportOptions {
    /** No time limit on the command line: an export of the whole store may take a while. */
    private static final Duration NO_LIMIT = Duration.ofDays(1);

    @Option(names = "--region", paramLabel = "IRI",
            description = "Network formats: only meetings hosted by or held in this region or a region within it.")
    private String region;

    @Option(names = "--organization", paramLabel = "IRI",
            description = "Network formats: only meetings this organization held, sponsored or undertook.")
    private String organization;

    @Option(names = "--from", paramLabel = "DATE",
            description = "Network formats: only meetings dated on or after this year, month or day (2023, 2023-04).")
    private String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Network formats: only meetings dated on or before this year, month or day.")
    private String to;

    /**
     * The network format asked for, if any: named by {@code --format}, or by the file's extension when
     * {@code --format} is absent. A network format and an RDF file name (or the reverse) disagree.
     */
    Optional<NetworkFormat> format(String formatName, String output, boolean toStdout) {
        Optional<NetworkFormat> byName = formatName == null ? Optional.empty() : NetworkFormat.byName(formatName);
        Optional<NetworkFormat> byExtension = toStdout ? Optional.empty() : NetworkFormat.fromFileName(output);
        if (formatName != null && !toStdout && (byName.isPresent() || byExtension.isPresent())) {
            // One of the two names a network format: the other must name the same one, or nothing.
            Optional<?> ofExtension = byExtension.isPresent() ? byExtension : DumpFormat.fromFileName(output);
            if (ofExtension.isPresent() && !ofExtension.equals(byName)) {
                throw new UserException(ExitCodes.USAGE, "--format " + formatName + " disagrees with the extension of "
                        + output + ": drop --format or rename the file");
            }
        }
        Optional<NetworkFormat> chosen = formatName == null ? byExtension : byName;
        if (chosen.isEmpty() && (region != null || organization != null || from != null || to != null)) {
            throw new UserException(ExitCodes.USAGE,
                    "--region, --organization, --from and --to apply to the network formats (graphml, gexf, csv-edges) only");
        }
        return chosen;
    }

    /** Computes the filtered network over the union of the report graphs and writes it; returns the number of edges. */
    long write(DatasetGraph dsg, NetworkFormat format, OutputStream out) throws IOException {
        NetworkFilter filter;
        try {
            filter = NetworkFilter.of(region, from, to, organization);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage(), e);
        }
        CoAttendanceNetwork network = new NetworkQuery(filter).run(dsg, NO_LIMIT);
        format.write(network, out);
        return network.edges().size();
    }
}
