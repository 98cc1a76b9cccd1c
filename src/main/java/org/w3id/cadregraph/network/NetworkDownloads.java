package org.w3id.cadregraph.network;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.atlas.io.IO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>They belong to the summary they were counted with: the folder holds the summary's fingerprint
 * ({@link NetworkSummaryGraph#fingerprint}) in a file written last, and a file is served only while the store's
 * summary (not marked stale) has that fingerprint. The summary is written into the store after the files, so a
 * command killed in between leaves files of a fingerprint the store's summary does not have, or its stale mark; either
 * way the server counts the network when asked, as it did before. The folder is made whole in
 * {@code network-downloads.new} and moved into place.
 */
public final class NetworkDownloads {
    private static final Logger log = LoggerFactory.getLogger(NetworkDownloads.class);
    static final String DIRECTORY = "network-downloads";
    private static final String FINGERPRINT = "fingerprint";
    /** The name of the downloaded files, before their extension. */
    public static final String FILE = "co-attendance";

    private NetworkDownloads() {}

    /** The folder of the downloads of the store in {@code db}. */
    public static Path directory(Path db) {
        return db.resolve(DIRECTORY);
    }

    /** The gzipped file of {@code format}, if the store keeps one counted with the summary of {@code fingerprint}. */
    public static Optional<Path> file(Path db, NetworkFormat format, String fingerprint) {
        if (!isCurrent(db, fingerprint)) {
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
        Path stamp = directory(db).resolve(FINGERPRINT);
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(fingerprint);
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
        Path target = directory(db);
        Path fresh = db.resolve(DIRECTORY + ".new");
        try {
            deleteTree(fresh);
            Files.createDirectories(fresh);
            for (NetworkFormat format : NetworkFormat.values()) {
                // buffered before the deflater: the writers write a few bytes at a time, and each write to a
                // GZIPOutputStream is a call of the deflater
                try (OutputStream out = new BufferedOutputStream(new FastGzip(Files.newOutputStream(
                        fresh.resolve(fileName(format)))), 1 << 16)) {
                    format.write(network, out);
                }
            }
            Files.writeString(fresh.resolve(FINGERPRINT), fingerprint + "\n", StandardCharsets.UTF_8);
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
