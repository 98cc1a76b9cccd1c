package org.w3id.cadregraph.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reports of a run on disk, in input order, each as the bytes of its quads ({@link QuadBytes}): appended by the
 * one writer, read back in the same order; report {@code i} is the {@code i}-th appended, from 0.
 */
public final class ReportSpool implements AutoCloseable {
    /** What to do with each report read back. */
    @FunctionalInterface
    public interface ReportVisitor {
        void visit(int report, byte[] quads) throws IOException;
    }

    private final Path file;
    private DataOutputStream out;
    private int count;

    public ReportSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** Appends a report; returns its number. */
    public int append(byte[] quads) throws IOException {
        out.writeInt(quads.length);
        out.write(quads);
        return count++;
    }

    public int size() {
        return count;
    }

    /** Every report in order (ends the writing). */
    public void forEach(ReportVisitor visitor) throws IOException {
        close();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (int i = 0; ; i++) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return;
                }
                byte[] b = new byte[length];
                in.readFully(b);
                visitor.visit(i, b);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
