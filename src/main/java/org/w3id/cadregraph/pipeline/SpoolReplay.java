package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

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
     * worker wrote it; only the renamed reports are parsed and written again. Returns the number of reports renamed.
     */
    public static long replayNQuads(ReportSpool reports, RenameSpool renames, ReportSpool identity, OutputStream out)
            throws IOException {
        long[] renamedReports = {0};
        reports.forEach((report, bytes) -> {
            Map<String, String> renamed = renames.of(report);
            if (renamed.isEmpty()) {
                out.write(bytes);
                return;
            }
            out.write(renameLines(bytes, renamed));
            renamedReports[0]++;
        });
        identity.forEach((key, bytes) -> out.write(bytes));
        return renamedReports[0];
    }

    /**
     * Renames subjects and objects in N-Quads lines as {@link QuadBytes} writes them, without parsing them again (most
     * reports of a large corpus have a namesake renamed, and parsing was most of the replay): a line is
     * {@code S P O G .}, an IRI is written {@code <…>} with no space or {@code >} inside, so the subject is the line's
     * first term and the object the third; a literal is never touched. Lines made equal by a rename are written once,
     * as a store keeps one quad.
     */
    static byte[] renameLines(byte[] nquads, Map<String, String> renamed) {
        Map<String, String> written = new java.util.HashMap<>();
        renamed.forEach((from, to) -> written.put("<" + from + ">", "<" + to + ">"));
        Set<String> lines = new LinkedHashSet<>();
        for (String line : new String(nquads, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(renameLine(line, written));
            }
        }
        StringBuilder out = new StringBuilder(nquads.length + 64);
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String renameLine(String line, Map<String, String> written) {
        int sEnd = line.indexOf(' ');
        int pEnd = line.indexOf(' ', sEnd + 1);
        if (sEnd < 0 || pEnd < 0) {
            return line;
        }
        String s = line.substring(0, sEnd);
        String o = null;
        int oEnd = -1;
        if (line.charAt(pEnd + 1) == '<') {
            oEnd = line.indexOf(' ', pEnd + 1);
            o = oEnd < 0 ? null : line.substring(pEnd + 1, oEnd);
        }
        String s2 = written.get(s);
        String o2 = o == null ? null : written.get(o);
        if (s2 == null && o2 == null) {
            return line;
        }
        return (s2 != null ? s2 : s) + line.substring(sEnd, pEnd + 1) + (o2 != null ? o2 : o != null ? o : "")
                + line.substring(o != null ? oEnd : pEnd + 1);
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
