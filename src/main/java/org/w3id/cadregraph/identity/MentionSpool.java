package org.w3id.cadregraph.identity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mentions of a run on disk, in buckets by name key, so that identity can take one bucket at a time: every
 * mention of a key is in one bucket, and a bucket holds about 1/{@code buckets} of the run's mentions, so memory
 * stays bounded whatever the number of reports.
 *
 * <pre>
 *   try (MentionSpool spool = MentionSpool.create(dir, 64)) {
 *       spool.add(reportNumber, mention);            // the writer, report by report
 *       spool.forEachKey((key, mentions) -> ...);    // then name key by name key, bucket by bucket
 *   }
 * </pre>
 */
public final class MentionSpool implements AutoCloseable {
    /** A mention and the number of its report in the run (its place in the input order). */
    public record Numbered(int report, Mention mention) {}

    /** What to do with the mentions of one name key. */
    @FunctionalInterface
    public interface KeyVisitor {
        void visit(String key, List<Numbered> mentions);
    }

    private final Path dir;
    private final DataOutputStream[] buckets;
    private long count;

    private MentionSpool(Path dir, int buckets) {
        this.dir = dir;
        this.buckets = new DataOutputStream[buckets];
    }

    /** A spool of {@code buckets} files in {@code dir} (created if needed). */
    public static MentionSpool create(Path dir, int buckets) throws IOException {
        Files.createDirectories(dir);
        return new MentionSpool(dir, Math.max(1, buckets));
    }

    /** Buckets for about {@code reports} reports: a few thousand mentions each. */
    public static int bucketsFor(int reports) {
        return Math.max(1, Math.min(1024, reports / 500));
    }

    public void add(int report, Mention m) {
        int b = Math.floorMod(m.key().hashCode(), buckets.length);
        try {
            if (buckets[b] == null) {
                buckets[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(b)), 1 << 14));
            }
            buckets[b].writeInt(report);
            MentionCodec.write(buckets[b], m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    public long size() {
        return count;
    }

    /** What to do with one bucket: its name keys, sorted, each with its mentions in the order they were added. */
    @FunctionalInterface
    public interface BucketVisitor {
        void visit(SortedMap<String, List<Numbered>> keys);
    }

    /** Every name key with its mentions (in the order they were added), bucket by bucket, keys sorted in a bucket. */
    public void forEachKey(KeyVisitor visitor) throws IOException {
        forEachBucket(keys -> keys.forEach(visitor::visit));
    }

    /** Every bucket in turn, one in memory at a time: the same keys in the same order as {@link #forEachKey}. */
    public void forEachBucket(BucketVisitor visitor) throws IOException {
        closeWriters();
        for (int b = 0; b < buckets.length; b++) {
            Path f = file(b);
            if (!Files.exists(f)) {
                continue;
            }
            SortedMap<String, List<Numbered>> byKey = new TreeMap<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
                while (true) {
                    int report;
                    try {
                        report = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    Mention m = MentionCodec.read(in);
                    byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(new Numbered(report, m));
                }
            }
            visitor.visit(byKey);
        }
    }

    private Path file(int bucket) {
        return dir.resolve(String.format(java.util.Locale.ROOT, "mentions-%04d.bin", bucket));
    }

    private void closeWriters() throws IOException {
        for (int b = 0; b < buckets.length; b++) {
            if (buckets[b] != null) {
                buckets[b].close();
                buckets[b] = null;
            }
        }
    }

    /** Closes the files; the caller deletes the directory. */
    @Override
    public void close() throws IOException {
        closeWriters();
    }
}
