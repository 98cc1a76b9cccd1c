package org.w3id.cadregraph.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** A report's quads as RDF Thrift bytes (written on a worker thread, so that the writer only appends bytes) and back. */
public final class QuadBytes {
    private QuadBytes() {}

    public static byte[] encode(Collection<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(quads.size() * 64 + 64);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
        w.start();
        quads.forEach(w::quad);
        w.finish();
        return out.toByteArray();
    }

    /** Sends the quads of {@code bytes} to {@code out}, without its start and finish. */
    public static void decode(byte[] bytes, StreamRDF out) {
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(RDFLanguages.RDFTHRIFT).parse(new org.apache.jena.riot.system.StreamRDFWrapper(out) {
            @Override
            public void start() { }

            @Override
            public void finish() { }
        });
    }
}
