package org.w3id.cadregraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes cadregraph writes, under the names Jena users type ({@code riot --output}) and the
 * file extensions RIOT reads them by. Three keep the report graphs apart (TriG, N-Quads, JSON-LD);
 * the other three have no named graphs, so a store written in them is the merged (union) graph.
 *
 * <pre>
 *   DumpFormat.byName("ttl")                 // TURTLE
 *   DumpFormat.fromFileName("dump.nq.gz")    // Optional[NQUADS]
 * </pre>
 *
 * Which one a command writes is decided by {@link FormatResolver}, from {@code --format} and {@code -o}.
 */
public enum DumpFormat {
    /** One graph, with prefixes. */
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, true, List.of("turtle", "ttl"), List.of(".ttl")),
    /** One graph, one triple a line. */
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES, true, List.of("ntriples", "nt", "n-triples"), List.of(".nt")),
    /** One graph, in RDF/XML (written from the store's graph as it is read, not built in memory first). */
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false, List.of("rdfxml", "rdf/xml", "rdf-xml", "rdf"), List.of(".rdf", ".owl")),
    /** Every report graph as a named graph, JSON-LD 1.1 compacted with the project prefixes; built in memory. */
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD11, false, List.of("jsonld", "json-ld"), List.of(".jsonld")),
    /** Every report graph as a named graph, with prefixes. */
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS, true, List.of("trig"), List.of(".trig")),
    /** Every report graph as a named graph, one quad a line: the scorer's input. */
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS, true, List.of("nquads", "nq", "n-quads"), List.of(".nq"));

    /**
     * The names {@link #byName} accepts, for option descriptions (a compile-time constant, so it can go in an
     * annotation; {@code DumpFormatTest} checks it against the enum).
     */
    public static final String NAMES = "turtle (ttl), ntriples (nt), rdfxml, jsonld, trig, nquads (nq)";

    private final Lang lang;
    private final RDFFormat rdfFormat;
    private final boolean streaming;
    private final List<String> names;
    private final List<String> extensions;

    DumpFormat(Lang lang, RDFFormat rdfFormat, boolean streaming, List<String> names, List<String> extensions) {
        this.lang = lang;
        this.rdfFormat = rdfFormat;
        this.streaming = streaming;
        this.names = names;
        this.extensions = extensions;
    }

    /** The RIOT language. */
    public Lang lang() {
        return lang;
    }

    /** The RIOT output format; a streaming one when {@link #streaming()}. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** Whether RIOT writes this format as the data is read ({@code StreamRDFWriter}), never holding it in memory. */
    public boolean streaming() {
        return streaming;
    }

    /** Whether the format keeps the report graphs apart; otherwise the graphs are merged. */
    public boolean keepsGraphs() {
        return lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS) || lang.equals(Lang.JSONLD);
    }

    /** The name users see first ({@code turtle}, {@code nquads}). */
    public String displayName() {
        return names.get(0);
    }

    /** The usual file extension, with its dot. */
    public String extension() {
        return extensions.get(0);
    }

    /** Every name and alias this format answers to. */
    public List<String> names() {
        return names;
    }

    /** The format with this name or alias ({@code ttl}, {@code NQuads}, {@code json-ld}), ignoring case. */
    public static Optional<DumpFormat> byName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(key)).findFirst();
    }

    /** The format a file name asks for by its extension ({@code dump.trig}, {@code dump.nq.gz}), if it is known. */
    public static Optional<DumpFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        for (DumpFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code "turtle, trig"}: display names, for messages. */
    static String displayNames(List<DumpFormat> formats) {
        return formats.stream().map(DumpFormat::displayName).collect(Collectors.joining(", "));
    }
}
