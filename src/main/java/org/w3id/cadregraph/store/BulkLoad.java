package org.w3id.cadregraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new TDB2 store written by Jena's bulk loader ({@link LoaderFactory}): it builds the indexes in bulk, not quad by
 * quad in transactions, so the store is written once, compact, with no compaction after.
 *
 * <pre>
 *   BulkLoad.into(dir, BulkLoad.Loader.PHASED, stream -> replay(stream));
 * </pre>
 *
 * {@link #building} and {@link #moveIntoPlace} make it safe for a store that must never be seen half-written:
 * load into a directory beside it, then rename that into place in one step.
 */
public final class BulkLoad {
    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);

    /** Which of Jena's loaders: parallel (many threads) or phased (data, then indexes, fewer threads). */
    public enum Loader { PARALLEL, PHASED }

    private BulkLoad() {}

    /** Loads what {@code content} sends into a new store at {@code dir} (created), and releases the store. */
    public static long into(Path dir, Loader loader, Consumer<StreamRDF> content) {
        long started = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader l = switch (loader) {
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, (fmt, args) -> log.debug(String.format(Locale.ROOT, fmt, args)));
                case PHASED -> LoaderFactory.phasedLoader(dsg, (fmt, args) -> log.debug(String.format(Locale.ROOT, fmt, args)));
            };
            l.startBulk();
            try {
                StreamRDF s = l.stream();
                s.start();
                content.accept(s);
                s.finish();
            } catch (RuntimeException | Error e) {
                l.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
            l.finishBulk();
            log.info("{} loader: {} quads in {} ms", loader.name().toLowerCase(Locale.ROOT), l.countQuads(),
                    (System.nanoTime() - started) / 1_000_000);
            return l.countQuads();
        } finally {
            TDBInternal.expel(dsg, true);
        }
    }

    /**
     * The working directory of a build of {@code db} into a new store ({@code .NAME.building} beside it), emptied:
     * what a build killed before its end left there is not a store anyone uses.
     */
    public static Path building(Path db) throws IOException {
        Path abs = db.toAbsolutePath().normalize();
        Path dir = abs.resolveSibling("." + abs.getFileName() + ".building");
        deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    /** True when {@code db} holds nothing yet: no directory, or an empty one. */
    public static boolean isNew(Path db) throws IOException {
        if (!Files.exists(db)) {
            return true;
        }
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (Stream<Path> files = Files.list(db)) {
            return files.findAny().isEmpty();
        }
    }

    /** Renames a complete store into place, in one step; {@code db} must be new ({@link #isNew}). */
    public static void moveIntoPlace(Path store, Path db) throws IOException {
        if (Files.isDirectory(db)) {
            Files.delete(db); // empty: checked by the caller before the build
        }
        Files.move(store, db, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
