package org.w3id.cadregraph.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * A report's quads as N-Quads bytes, written on a worker thread by the writer an N-Quads output uses, so that the
 * one writer thread only appends bytes, and a report whose people keep their IRIs is copied to an N-Quads output
 * as it is; and back to quads.
 */
public final class QuadBytes {
    private QuadBytes() {}

    public static byte[] encode(Collection<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(quads.size() * 160 + 64);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        return out.toByteArray();
    }

    /** Sends the quads of {@code bytes} to {@code out}, without its start and finish. */
    public static void decode(byte[] bytes, StreamRDF out) {
        // our own writer's lines: no need to check them again
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(RDFLanguages.NQUADS).checking(false)
                .parse(new StreamRDFWrapper(out) {
                    @Override
                    public void start() { }

                    @Override
                    public void finish() { }
                });
    }
}
