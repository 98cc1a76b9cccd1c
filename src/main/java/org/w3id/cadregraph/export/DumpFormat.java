package org.w3id.cadregraph.export;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The dump syntaxes: two keep the report graphs, Turtle merges them. */
public enum DumpFormat {
    /** One graph, the union of all report graphs, with prefixes. */
    TURTLE(RDFFormat.TURTLE_BLOCKS, ".ttl"),
    /** Every report graph as a named graph, with prefixes. */
    TRIG(RDFFormat.TRIG_BLOCKS, ".trig"),
    /** Every report graph as a named graph, one quad a line: the scorer's input. */
    NQUADS(RDFFormat.NQUADS, ".nq");

    private final RDFFormat rdfFormat;
    private final String extension;

    DumpFormat(RDFFormat rdfFormat, String extension) {
        this.rdfFormat = rdfFormat;
        this.extension = extension;
    }

    /** A streaming RIOT format: the dump is written as the store is read, never held in memory. */
    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether the format keeps the report graphs apart. */
    public boolean keepsGraphs() {
        return this != TURTLE;
    }

    /** The format a file name asks for ({@code dump.trig}, {@code dump.nq.gz}), if its extension is known. */
    public static Optional<DumpFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        for (DumpFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
