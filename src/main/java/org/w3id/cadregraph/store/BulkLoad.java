package org.w3id.cadregraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.atlas.io.IO;
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
 * load into a directory beside it, held by one build at a time, then rename that into place in one step.
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
     * The working directory of a build of {@code db} into a new store ({@code .NAME.building} beside it), emptied and
     * held: what a build killed before its end left there is not a store anyone uses, but the directory of a build
     * that is still running is, so the directory is cleared only under an exclusive lock on {@code .NAME.lock}
     * (beside it, kept: deleting a lock file lets two processes hold "the" lock). Closing it deletes the directory
     * and releases the lock.
     *
     * @throws StoreBusyException when another build of {@code db} holds it
     */
    public static Building building(Path db) throws IOException {
        Path abs = db.toAbsolutePath().normalize();
        Path lockFile = abs.resolveSibling("." + abs.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;   // this JVM builds it already
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new StoreBusyException("another build of the new store " + abs + " is running (it holds " + lockFile
                    + "); wait until it ends, or build into another store with --db");
        }
        Path dir = abs.resolveSibling("." + abs.getFileName() + ".building");
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new Building(dir, channel, lock);
    }

    /** A held build directory; see {@link #building}. Used by one thread. */
    public static final class Building implements AutoCloseable {
        private final Path dir;
        private final FileChannel channel;
        private final FileLock lock;

        private Building(Path dir, FileChannel channel, FileLock lock) {
            this.dir = dir;
            this.channel = channel;
            this.lock = lock;
        }

        public Path dir() {
            return dir;
        }

        @Override
        public void close() throws IOException {
            try {
                deleteTree(dir);
            } finally {
                try {
                    lock.release();
                } finally {
                    channel.close();
                }
            }
        }
    }

    /** Another process builds the same new store. */
    public static final class StoreBusyException extends IOException {
        private static final long serialVersionUID = 1L;

        StoreBusyException(String message) {
            super(message);
        }
    }

    /**
     * True when {@code db} does not exist yet (not even as a link or an empty folder): only then is the store built
     * beside it and renamed into place. An existing folder may be a mount point or a link to another disk, where a
     * store built beside it would land on the wrong disk and could not be renamed in; it takes the store path.
     */
    public static boolean isNew(Path db) {
        return !Files.exists(db, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Renames a complete store into place, in one step. {@code db} must still be new: if something created it while
     * this build ran (a server started on it, another command), nothing is replaced and the build fails.
     */
    public static void moveIntoPlace(Path store, Path db) throws IOException {
        if (!isNew(db)) {
            throw new FileAlreadyExistsException(db.toString(), null,
                    "it was created while this build ran; the new store is not moved over it: build again");
        }
        Files.move(store, db, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder and what it holds, if it is there (Jena's {@code IO.deleteAll} wants it there). */
    private static void deleteTree(Path dir) {
        if (Files.exists(dir)) {
            IO.deleteAll(dir);
        }
    }
}
