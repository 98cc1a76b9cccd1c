package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.atlas.io.IO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scratch folder of one {@code extract} ({@code .cadregraph-extract-N} beside the output), deleted on close. The
 * run holds a lock on its {@code .lock} file while it lives; the operating system drops the lock when the process
 * ends, however it ends, so a folder whose lock can be taken was left by a run that was killed, and the next run
 * beside it deletes it. A folder without a lock file (an older version's, or one being created) is left alone.
 * The locks are the process's (POSIX): a probe from a second run in the same JVM, closing its channel, releases the
 * first run's lock for other processes. The command line runs one {@code extract} per JVM; an application running
 * several at once in one JVM should give each its own output folder.
 *
 * <pre>
 *   try (ScratchFolder scratch = ScratchFolder.create(target.getParent())) {
 *       ... scratch.dir() ...
 *   }   // deleted
 * </pre>
 */
final class ScratchFolder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScratchFolder.class);
    static final String PREFIX = ".cadregraph-extract-";
    private static final String LOCK = ".lock";
    /** How old a lock file must be before its folder can be judged abandoned. */
    private static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(10);

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private ScratchFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Deletes the scratch folders that killed runs left in {@code parent}, then makes this run's, locked. */
    static ScratchFolder create(Path parent) throws IOException {
        Files.createDirectories(parent);
        clearStale(parent);
        Path dir = Files.createTempDirectory(parent, PREFIX);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new ScratchFolder(dir, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            IO.deleteAll(dir);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    /** Deletes each scratch folder in {@code parent} whose lock no live run holds; returns how many. */
    static int clearStale(Path parent) {
        int cleared = 0;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path d : found) {
                try {
                    if (Files.isDirectory(d) && abandoned(d)) {
                        IO.deleteAll(d);
                        log.info("deleted {}: the scratch folder of an extract that was killed", d);
                        cleared++;
                    }
                } catch (RuntimeException e) {
                    log.warn("could not delete the old scratch folder {}: {}", d, e.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying is a courtesy: a folder we cannot read or delete must not stop this run
            log.warn("could not clear old scratch folders in {}: {}", parent, e.toString());
        }
        return cleared;
    }

    private static boolean abandoned(Path d) {
        Path lockFile = d.resolve(LOCK);
        try {
            // a lock file made a moment ago may not be locked yet by the run that made it
            if (!Files.isRegularFile(lockFile) || Files.getLastModifiedTime(lockFile).toMillis()
                    > System.currentTimeMillis() - SETTLED.toMillis()) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = c.tryLock();
            if (l == null) {
                return false; // another process's run is using it
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a run in this very JVM holds it
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            IO.deleteAll(dir);
        }
    }
}
