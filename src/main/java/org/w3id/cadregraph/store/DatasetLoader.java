package org.w3id.cadregraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Loads dataset files (N-Quads or TriG, e.g. the shards of the Spark job or an {@code extract} output) into the
 * store the way {@code build} writes: each named graph replaces the stored graph of that name whole, many graphs
 * per write transaction. Quads are read as a stream; one graph's quads are held at a time.
 *
 * <pre>
 *   try (TdbStore.Batch batch = store.batch(1000)) {
 *       long quads = new DatasetLoader(batch).load(Path.of("part-00000.nq"));
 *   }
 * </pre>
 */
public final class DatasetLoader {
    private final TdbStore.Batch batch;
    /** Graphs replaced in this load: met again further on, they are added to, not replaced. */
    private final Set<Node> loaded = new HashSet<>();

    public DatasetLoader(TdbStore.Batch batch) {
        this.batch = batch;
    }

    /**
     * Loads one file, N-Quads or TriG by its extension, gzipped when it ends in {@code .gz} (as {@code extract -o
     * x.nq.gz} writes it); returns the number of quads read. A file that cannot be read or parsed is a
     * {@link RiotException} naming it.
     */
    public long load(Path file) {
        String name = file.getFileName().toString();
        Lang lang = syntaxOf(name);
        if (lang == null) {
            throw new RiotException(file + ": cannot tell the RDF syntax from the file name: use .nq, .trig or .jsonld, "
                    + "optionally .gz");
        }
        Grouping grouping = new Grouping();
        // the stream opened here, not by Jena: RDFParser.source(Path) does not decompress, and a path given as a
        // string is read as an IRI, which a file name with a space is not
        try (InputStream in = open(file, name.endsWith(".gz"))) {
            RDFParser.source(in).lang(lang).base(file.toAbsolutePath().toUri().toString()).parse(grouping);
        } catch (IOException | RiotException e) {
            // no cause: the message is the whole story, and the command line would print the cause's again
            throw new RiotException(file + ": " + e.getMessage());
        }
        grouping.flush();
        return grouping.count;
    }

    /**
     * The syntax by the extension before any {@code .gz}; by hand, because Jena's name-to-language lookups read the
     * name as an IRI and stop at a {@code #} ("report #2.nq").
     */
    static Lang syntaxOf(String fileName) {
        String plain = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int dot = plain.lastIndexOf('.');
        return dot < 0 ? null : RDFLanguages.fileExtToLang(plain.substring(dot + 1));
    }

    private static InputStream open(Path file, boolean gzipped) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Quads of one graph in a row, handed to the batch when the graph changes. */
    private final class Grouping extends StreamRDFBase {
        private final List<Quad> pending = new ArrayList<>();
        private Node graph;
        private long count;

        @Override
        public void quad(Quad quad) {
            if (graph != null && !graph.equals(quad.getGraph())) {
                flush();
            }
            graph = quad.getGraph();
            pending.add(quad);
            count++;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (loaded.add(graph)) {
                batch.replace(graph, List.of(), pending);
            } else {
                batch.add(pending);
            }
            pending.clear();
        }
    }
}
