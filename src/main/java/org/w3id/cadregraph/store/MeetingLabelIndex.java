package org.w3id.cadregraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.w3id.cadregraph.graph.CG;

/**
 * The jena-text (Lucene) index of meeting labels that {@code text:query} reads
 * ({@code queries/officials-at-meeting.rq}): one document per label of each {@code cg:Meeting}, field
 * {@value #LABEL_FIELD} ({@link LabelAnalyzer}), entity field {@value #ENTITY_FIELD}; the same definition as the
 * {@code text:TextIndexLucene} of {@code fuseki-config/config.ttl}.
 *
 * <pre>
 *   MeetingLabelIndex.markStale(db);                    // before a build writes into an existing store
 *   ... write ...
 *   MeetingLabelIndex.Indexed done = MeetingLabelIndex.rebuild(store.datasetGraph(), db);
 *   try (MeetingLabelIndex.Opened text = MeetingLabelIndex.open(dsg, db)) { query text.dataset() }
 * </pre>
 *
 * It lives in the store's directory ({@code DB/text-index}, beside TDB2's {@code Data-NNNN}): it moves, is copied
 * and deleted with the store, TDB2's lock on the directory guards it too (a served store is not rebuilt), and a
 * compaction, which replaces only {@code Data-NNNN}, leaves it alone. It is derived from the store and made whole
 * each time: {@link #rebuild} reads every meeting label in one read transaction into {@code text-index.new} and
 * renames it into place, so no entry of a replaced or pruned report can outlive its graph. A build that writes
 * into an existing store first leaves the mark {@code text-index.stale} and takes it away with the new index: an
 * index under the mark (a build killed half-way) is not used. A store without a current index is read without
 * it: {@code text:query} then binds nothing and the query's own pattern reads every meeting label (the scan).
 */
public final class MeetingLabelIndex {
    /** The index's folder inside the store's directory. */
    public static final String DIRECTORY = "text-index";
    /** The document field holding the meeting's IRI. */
    public static final String ENTITY_FIELD = "uri";
    /** The document field holding one label. */
    public static final String LABEL_FIELD = "label";
    private static final String STALE = DIRECTORY + ".stale";
    private static final String NEXT = DIRECTORY + ".new";

    private MeetingLabelIndex() {}

    /** {@code DB/text-index}. */
    public static Path directory(Path db) {
        return db.resolve(DIRECTORY);
    }

    /** Whether {@code db} holds a complete index that no build has written past since. */
    public static boolean isCurrent(Path db) {
        Path dir = directory(db);
        if (!Files.isDirectory(dir) || Files.exists(db.resolve(STALE))) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    /** Says that the store is about to change: the index is not used again until {@link #rebuild} has run. */
    public static void markStale(Path db) throws IOException {
        Path mark = db.resolve(STALE);
        if (!Files.exists(mark)) {
            Files.createFile(mark);
        }
    }

    /**
     * Takes the stale mark away, when the writes since {@link #markStale} changed no meeting label and the index
     * was current before them.
     */
    public static void markCurrent(Path db) throws IOException {
        Files.deleteIfExists(db.resolve(STALE));
    }

    /** The index's definition, as the configuration file states it for Fuseki. */
    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, RDFS.label.asNode()));
        config.setAnalyzer(new LabelAnalyzer());
        return config;
    }

    /** What {@link #rebuild} did. */
    public record Indexed(long meetings, long labels, Duration took, long bytes) {
        public String describe() {
            return String.format(Locale.ROOT, "indexed %,d labels of %,d meetings for text:query in %.1f s (%s, %.1f MB)",
                    labels, meetings, took.toMillis() / 1000.0, DIRECTORY, bytes / 1e6);
        }
    }

    /**
     * Indexes every label of every meeting of {@code dsg} (the store at {@code db}) afresh and puts the index in
     * place of the old one; clears the stale mark.
     */
    public static Indexed rebuild(DatasetGraph dsg, Path db) throws IOException {
        long start = System.nanoTime();
        Path next = db.resolve(NEXT);
        if (Files.exists(next)) {
            IO.deleteAll(next);   // left by a killed run
        }
        long[] counts;
        try (FSDirectory dir = FSDirectory.open(next)) {
            TextIndex index = new TextIndexLucene(dir, config());
            try {
                counts = Txn.calculateRead(dsg, () -> addLabels(dsg, index));
                index.commit();
            } finally {
                index.close();
            }
        }
        Path target = directory(db);
        if (Files.exists(target)) {
            IO.deleteAll(target);
        }
        Files.move(next, target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(db.resolve(STALE));
        return new Indexed(counts[0], counts[1], Duration.ofNanos(System.nanoTime() - start), size(target));
    }

    /**
     * Every meeting (typed in any graph) and each of its distinct labels (in any graph): what the union default
     * graph shows a query. TDB2 gives the typed subjects in order, and a subject's labels in order, so repeats
     * are next to each other.
     */
    private static long[] addLabels(DatasetGraph dsg, TextIndex index) {
        long meetings = 0;
        long labels = 0;
        Node previous = null;
        Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Meeting);
        while (typed.hasNext()) {
            Node meeting = typed.next().getSubject();
            if (meeting.equals(previous) || !meeting.isURI()) {
                continue;
            }
            previous = meeting;
            meetings++;
            Node previousLabel = null;
            Iterator<Quad> named = dsg.find(Node.ANY, meeting, RDFS.label.asNode(), Node.ANY);
            while (named.hasNext()) {
                Node label = named.next().getObject();
                if (label.equals(previousLabel) || !label.isLiteral()) {
                    continue;
                }
                previousLabel = label;
                Entity entity = new Entity(meeting.getURI(), null);
                // Lower-cased whole, as SPARQL's LCASE does on the query's side, before the analyzer splits it: a
                // letter lowered one at a time differs ("İ" gives "i" and a combining dot, final "Σ" gives "ς").
                entity.put(LABEL_FIELD, label.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
                index.addEntity(entity);
                labels++;
            }
        }
        return new long[] {meetings, labels};
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    /**
     * The store with its index for queries, when the index is current: {@code text:query} finds it in the
     * dataset's context (until {@link Opened#close}). When it is not, the store alone ({@link Opened#indexed()} false; the caller says so: the
     * queries then scan).
     */
    public static Opened open(DatasetGraph dsg, Path db) {
        // A store is one object per directory in a JVM, and its context may still name an index closed since.
        dsg.getContext().remove(TextQuery.textIndex);
        if (!isCurrent(db)) {
            return new Opened(dsg, null, null, dsg);
        }
        try {
            FSDirectory dir = FSDirectory.open(directory(db));
            TextIndex index = new TextIndexLucene(dir, config());
            // Where text:query looks first. Not a DatasetGraphText: over TDB2 that joins the index to the store's
            // transactions for the rest of the JVM's life, and queries need none of it.
            dsg.getContext().set(TextQuery.textIndex, index);
            return new Opened(dsg, index, dir, dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store opened for queries, with its text index when it has a current one; closing closes the index only. */
    public static final class Opened implements AutoCloseable {
        private final DatasetGraph dataset;
        private final TextIndex index;
        private final FSDirectory dir;
        private final DatasetGraph store;

        private Opened(DatasetGraph dataset, TextIndex index, FSDirectory dir, DatasetGraph store) {
            this.dataset = dataset;
            this.index = index;
            this.dir = dir;
            this.store = store;
        }

        /** The store, whose context names the index that {@code text:query} reads when it has one. */
        public DatasetGraph dataset() {
            return dataset;
        }

        /** Whether {@code text:query} has the index. */
        public boolean indexed() {
            return index != null;
        }

        @Override
        public void close() {
            if (index == null) {
                return;
            }
            store.getContext().remove(TextQuery.textIndex);
            index.close();
            try {
                dir.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
