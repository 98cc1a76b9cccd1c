package org.w3id.cadregraph.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Identity's renames (in report {@code i}, person node {@code from} becomes {@code to}) on disk, in files of
 * {@link #REPORTS_PER_FILE} consecutive reports, so that replaying the reports in order holds the renames of one
 * file's reports at a time: memory does not grow with the corpus.
 */
public final class RenameSpool implements AutoCloseable {
    static final int REPORTS_PER_FILE = 4096;

    private final Path dir;
    private final Map<Integer, DataOutputStream> writers = new HashMap<>();
    private long count;
    private int loadedChunk = -1;
    private Map<Integer, Map<String, String>> loaded = Map.of();

    public RenameSpool(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public void rename(int report, String from, String to) {
        int chunk = report / REPORTS_PER_FILE;
        try {
            DataOutputStream out = writers.get(chunk);
            if (out == null) {
                out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(chunk)), 1 << 13));
                writers.put(chunk, out);
            }
            out.writeInt(report);
            out.writeUTF(from);
            out.writeUTF(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    public long size() {
        return count;
    }

    /** The renames of one report (node IRI → IRI), none when it keeps its IRIs. Reports are asked for in order. */
    public Map<String, String> of(int report) throws IOException {
        int chunk = report / REPORTS_PER_FILE;
        if (chunk != loadedChunk) {
            closeWriters();
            loaded = load(chunk);
            loadedChunk = chunk;
        }
        return loaded.getOrDefault(report, Map.of());
    }

    private Map<Integer, Map<String, String>> load(int chunk) throws IOException {
        Map<Integer, Map<String, String>> out = new HashMap<>();
        Path f = file(chunk);
        if (!Files.exists(f)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
            while (true) {
                int report;
                try {
                    report = in.readInt();
                } catch (EOFException end) {
                    return out;
                }
                out.computeIfAbsent(report, r -> new HashMap<>()).put(in.readUTF(), in.readUTF());
            }
        }
    }

    private Path file(int chunk) {
        return dir.resolve(String.format(java.util.Locale.ROOT, "renames-%05d.bin", chunk));
    }

    private void closeWriters() throws IOException {
        for (DataOutputStream out : writers.values()) {
            out.close();
        }
        writers.clear();
    }

    @Override
    public void close() throws IOException {
        closeWriters();
    }
}
