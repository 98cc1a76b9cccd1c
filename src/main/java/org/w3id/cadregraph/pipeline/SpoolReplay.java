package org.w3id.cadregraph.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.cadregraph.concurrent.Pools;

/**
 * The last stage of a spooled run: every report's quads in input order, each person node renamed as identity
 * decided, then the identity graph, to a {@link StreamRDF} (a file writer, the bulk loader). A report's quads are
 * a set (a rename can make two quads one), as in a store. The caller starts and finishes {@code out}.
 */
public final class SpoolReplay {
    private SpoolReplay() {}

    /** Returns the number of quads sent. */
    public static long replay(ReportSpool reports, RenameSpool renames, ReportSpool identity, StreamRDF out)
            throws IOException {
        long[] count = {0};
        reports.forEach((report, bytes) -> {
            Map<String, String> renamed = renames.of(report);
            Set<Quad> quads = new LinkedHashSet<>();
            QuadBytes.decode(bytes, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(renamed.isEmpty() ? q : rename(q, renamed));
                }
            });
            quads.forEach(out::quad);
            count[0] += quads.size();
        });
        identity.forEach((key, bytes) -> QuadBytes.decode(bytes, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.quad(q);
                count[0]++;
            }
        }));
        return count[0];
    }

    /**
     * The same as N-Quads bytes to {@code out}, the fast way: a report whose people keep their IRIs is copied as its
     * worker wrote it; only the renamed reports are renamed line by line. Returns the number of reports renamed.
     */
    public static long replayNQuads(ReportSpool reports, RenameSpool renames, ReportSpool identity, OutputStream out)
            throws IOException {
        return replayNQuads(reports, renames, identity, out, 1);
    }

    /**
     * The same, the renaming on {@code threads} threads (most reports of a large corpus have a namesake renamed, and
     * renaming was most of the replay, on one core while the others waited): the reports are read and written in
     * order by the calling thread, a few in flight at once, so the bytes are those of one thread.
     */
    public static long replayNQuads(ReportSpool reports, RenameSpool renames, ReportSpool identity, OutputStream out,
                                    int threads) throws IOException {
        long[] renamedReports = {0};
        // on one thread the renaming runs inline, in the same order, through the same window
        ExecutorService pool = threads <= 1 ? null : Pools.daemon("replay", threads);
        int window = Math.max(1, threads) * 8;
        Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
        try {
            reports.forEach((report, bytes) -> {
                Map<String, String> renamed = renames.of(report);
                if (renamed.isEmpty()) {
                    inFlight.add(CompletableFuture.completedFuture(bytes));
                } else {
                    inFlight.add(pool == null ? CompletableFuture.completedFuture(renameLines(bytes, renamed))
                            : pool.submit(() -> renameLines(bytes, renamed)));
                    renamedReports[0]++;
                }
                while (inFlight.size() >= window) {
                    out.write(done(inFlight.poll()));
                }
            });
            while (!inFlight.isEmpty()) {
                out.write(done(inFlight.poll()));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        identity.forEach((key, bytes) -> out.write(bytes));
        return renamedReports[0];
    }

    private static byte[] done(Future<byte[]> f) throws IOException {
        try {
            return Pools.join(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while renaming reports");
        }
    }

    /**
     * Renames subjects and objects in N-Quads lines as {@link QuadBytes} writes them, on the bytes, without parsing or
     * decoding them: a line is {@code S P O G .}, an IRI is written {@code <…>} with no space or {@code >} inside, so
     * the subject is the line's first term and the object the third; a literal is never touched. Lines made equal by
     * a rename are written once, where the first of them was, as a store keeps one quad.
     *
     * <p>Only lines that hold a rename's target as subject or object can be made equal (the worker wrote each quad
     * once, so two lines are equal only if a rename made them so, and then both hold the target): only those are
     * compared, the others are copied as they are.
     */
    static byte[] renameLines(byte[] nquads, Map<String, String> renamed) {
        // terms as Latin-1 strings of their UTF-8 bytes: a byte is a char, and no decoding is needed
        Map<String, byte[]> written = new HashMap<>();
        Set<String> targets = new HashSet<>();
        renamed.forEach((from, to) -> {
            String t = latin1("<" + to + ">");
            written.put(latin1("<" + from + ">"), t.getBytes(StandardCharsets.ISO_8859_1));
            targets.add(t);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(nquads.length + 64);
        Set<String> involved = new HashSet<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int start = 0;
        while (start < nquads.length) {
            int end = indexOf(nquads, (byte) '\n', start, nquads.length);
            if (end < 0) {
                end = nquads.length;
            }
            if (end > start) {
                renameLine(nquads, start, end, written, targets, involved, line, out);
            }
            start = end + 1;
        }
        return out.toByteArray();
    }

    private static void renameLine(byte[] b, int start, int end, Map<String, byte[]> written, Set<String> targets,
                                   Set<String> involved, ByteArrayOutputStream line, ByteArrayOutputStream out) {
        int sEnd = indexOf(b, (byte) ' ', start, end);
        int pEnd = sEnd < 0 ? -1 : indexOf(b, (byte) ' ', sEnd + 1, end);
        if (sEnd < 0 || pEnd < 0) {
            out.write(b, start, end - start);
            out.write('\n');
            return;
        }
        String s = new String(b, start, sEnd - start, StandardCharsets.ISO_8859_1);
        String o = null;
        int oEnd = -1;
        if (pEnd + 1 < end && b[pEnd + 1] == '<') {
            oEnd = indexOf(b, (byte) ' ', pEnd + 1, end);
            o = oEnd < 0 ? null : new String(b, pEnd + 1, oEnd - pEnd - 1, StandardCharsets.ISO_8859_1);
        }
        byte[] s2 = written.get(s);
        byte[] o2 = o == null ? null : written.get(o);
        boolean target = targets.contains(s) || o != null && targets.contains(o) || s2 != null || o2 != null;
        if (!target) {
            out.write(b, start, end - start);
            out.write('\n');
            return;
        }
        line.reset();
        if (s2 != null) {
            line.writeBytes(s2);
        } else {
            line.write(b, start, sEnd - start);
        }
        line.write(b, sEnd, pEnd + 1 - sEnd);
        int rest = pEnd + 1;
        if (o != null) {
            if (o2 != null) {
                line.writeBytes(o2);
            } else {
                line.write(b, pEnd + 1, oEnd - pEnd - 1);
            }
            rest = oEnd;
        }
        line.write(b, rest, end - rest);
        byte[] renamedLine = line.toByteArray();
        if (involved.add(new String(renamedLine, StandardCharsets.ISO_8859_1))) {
            out.writeBytes(renamedLine);
            out.write('\n');
        }
    }

    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static Quad rename(Quad q, Map<String, String> renamed) {
        Node s = renamed(q.getSubject(), renamed);
        Node o = renamed(q.getObject(), renamed);
        return s == q.getSubject() && o == q.getObject() ? q : Quad.create(q.getGraph(), s, q.getPredicate(), o);
    }

    private static Node renamed(Node n, Map<String, String> renamed) {
        if (!n.isURI()) {
            return n;
        }
        String to = renamed.get(n.getURI());
        return to == null ? n : NodeFactory.createURI(to);
    }
}
