package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.io.OutputStream;
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
            Set<Quad> quads = new LinkedHashSet<>();
            QuadBytes.decode(bytes, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(rename(q, renamed));
                }
            });
            out.write(QuadBytes.encode(quads));
            renamedReports[0]++;
        });
        identity.forEach((key, bytes) -> out.write(bytes));
        return renamedReports[0];
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
