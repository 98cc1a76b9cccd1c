package org.w3id.cadregraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The exchange formats of the network, each read by Gephi, networkx and igraph. */
public enum NetworkFormat {
    /** GraphML (graphml.graphdrawing.org): node label and meeting count, edge weight. */
    GRAPHML("graphml", ".graphml", "application/graphml+xml"),
    /** GEXF 1.3 (gexf.net), Gephi's own format: the same attributes. */
    GEXF("gexf", ".gexf", "application/gexf+xml"),
    /** A CSV edge list with a header: source, target, weight, source_label, target_label. */
    CSV_EDGES("csv-edges", ".csv", "text/csv");

    private final String cliName;
    private final String extension;
    private final String mediaType;

    NetworkFormat(String cliName, String extension, String mediaType) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The name on the command line and in URLs: {@code graphml}, {@code gexf}, {@code csv-edges}. */
    public String cliName() {
        return cliName;
    }

    /** The file extension, with its dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a command-line or URL name, case-insensitive. */
    public static Optional<NetworkFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (NetworkFormat f : values()) {
            if (f.cliName.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names ({@code net.graphml}, {@code net.gexf.gz}, {@code edges.csv}). */
    public static Optional<NetworkFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        for (NetworkFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Writes the network in this format; the stream is flushed, not closed. */
    public void write(CoAttendanceNetwork network, OutputStream out) throws IOException {
        switch (this) {
            case GRAPHML -> new GraphMlWriter().write(network, out);
            case GEXF -> new GexfWriter().write(network, out);
            case CSV_EDGES -> new CsvEdgeWriter().write(network, out);
        }
    }
}
