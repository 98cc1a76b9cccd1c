package org.w3id.cadregraph.network;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.Version;

/**
 * The downloads of the whole co-attendance network (GraphML, GEXF, CSV), written when the {@link NetworkSummary} is
 * counted and kept in the store's directory, {@code DB/network-downloads}, gzipped, beside TDB2's {@code Data-NNNN}
 * and the text index. On a large store the whole network cannot be counted while a download waits (the 100,000-report
 * store: every attendance of the store, more than the server's 20 s limit for a page), so the server sends these files.
 *
 * <pre>
 *   NetworkDownloads.write(db, network, fingerprint);                          // with the summary (build, load, summarize)
 *   Optional&lt;Path&gt; gz = NetworkDownloads.file(db, NetworkFormat.CSV_EDGES, summary.fingerprint());   // the server
 * </pre>
 *
 * <p>They belong to the summary they were counted with and to the jar that wrote them: the folder holds the summary's
 * fingerprint ({@link NetworkSummaryGraph#fingerprint}) and the version of the network writers
 * ({@link Version#networkFiles}) in a file written last, and a file is served only while the store's summary (not
 * marked stale) has that fingerprint and the running jar writes the files as they were written (otherwise the next
 * {@code build}, {@code load} or {@code summarize} writes them again). The summary is written into the store after the files, so a
 * command killed in between leaves files of a fingerprint the store's summary does not have, or its stale mark; either
 * way the server counts the network when asked, as it did before. The folder is made whole in
 * {@code network-downloads.new} and moved into place.
 */
public final class NetworkDownloads {
    private static final Logger log = LoggerFactory.getLogger(NetworkDownloads.class);
    static final String DIRECTORY = "network-downloads";
    /**
     * The file naming what the downloads were counted with: the summary's fingerprint and the version of the jar's
     * network writers ({@link Version#networkFiles}), so that a jar writing them otherwise writes them again.
     */
    private static final String STAMP = "fingerprint";
    /** The name of the downloaded files, before their extension. */
    public static final String FILE = "co-attendance";

    private NetworkDownloads() {}

    /** The folder of the downloads of the store in {@code db}. */
    public static Path directory(Path db) {
        return db.resolve(DIRECTORY);
    }

    /** The gzipped file of {@code format}, if the store keeps one counted with the summary of {@code fingerprint}. */
    public static Optional<Path> file(Path db, NetworkFormat format, String fingerprint) {
        return file(db, format, fingerprint, Version.networkFiles());
    }

    static Optional<Path> file(Path db, NetworkFormat format, String fingerprint, String writers) {
        if (!isCurrent(db, fingerprint, writers)) {
            return Optional.empty();
        }
        Path file = directory(db).resolve(fileName(format));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Deletes the downloads of the store in {@code db}, when its summary is removed (they would never be served). */
    public static void remove(Path db) {
        deleteTree(directory(db));
    }

    /** Whether the store keeps downloads counted with the summary of {@code fingerprint}. */
    public static boolean isCurrent(Path db, String fingerprint) {
        return isCurrent(db, fingerprint, Version.networkFiles());
    }

    /** As {@link #isCurrent(Path, String)}, when the files' writers have the version {@code writers}. */
    static boolean isCurrent(Path db, String fingerprint, String writers) {
        Path stamp = directory(db).resolve(STAMP);
        try {
            return Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(stamp(fingerprint, writers));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes every format of {@code network}, counted from the store whose summary has {@code fingerprint}. The files
     * only save the server counting them: when they cannot be written (a full disk), this says so once and leaves no
     * files, and the server counts a download when asked, as it does for a store without them.
     *
     * @return whether the files are in place
     */
    public static boolean write(Path db, CoAttendanceNetwork network, String fingerprint) {
        return write(db, network, fingerprint, Version.networkFiles());
    }

    static boolean write(Path db, CoAttendanceNetwork network, String fingerprint, String writers) {
        Path target = directory(db);
        Path fresh = db.resolve(DIRECTORY + ".new");
        try {
            deleteTree(fresh);
            Files.createDirectories(fresh);
            for (NetworkFormat format : NetworkFormat.values()) {
                // buffered before the deflater: the writers write a few bytes at a time, and each write to a
                // GZIPOutputStream is a call of the deflater
                Path file = fresh.resolve(fileName(format));
                try (OutputStream out = new BufferedOutputStream(new FastGzip(Files.newOutputStream(file)), 1 << 16)) {
                    format.write(network, out);
                }
                forceToDisk(file);
            }
            // on disk before the stamp that makes them served, so that a crash cannot leave a stamp over empty files
            Path stamp = Files.writeString(fresh.resolve(STAMP), stamp(fingerprint, writers) + "\n", StandardCharsets.UTF_8);
            forceToDisk(stamp);
            deleteTree(target);
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            log.warn("cannot write the network downloads into {} ({}): the server will count them when asked", target,
                    e.getMessage());
            try {
                deleteTree(fresh);
            } catch (RuntimeIOException ignored) {
                // what is left of it is never served: it has no stamp in the served folder
            }
            return false;
        }
    }

    private static String stamp(String fingerprint, String writers) {
        return fingerprint + " " + writers;
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static String fileName(NetworkFormat format) {
        return FILE + format.extension() + ".gz";
    }

    private static void deleteTree(Path dir) {
        if (Files.exists(dir)) {
            IO.deleteAll(dir);
        }
    }

    /** gzip at its fastest level: the files are mostly repeated IRIs, and writing them is part of every build. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
