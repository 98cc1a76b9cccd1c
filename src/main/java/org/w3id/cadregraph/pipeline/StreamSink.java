package org.w3id.cadregraph.pipeline;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Each report's quads straight to a {@link StreamRDF} (an N-Quads or TriG writer): nothing is held, so memory
 * does not grow with the batch. The caller starts and finishes the stream.
 *
 * <pre>
 *   StreamRDF out = StreamRDFWriter.getWriterStream(file, RDFFormat.NQUADS);
 *   out.start();
 *   runner.run(found, new StreamSink(out));
 *   out.finish();
 * </pre>
 */
public final class StreamSink implements BatchSink {
    private final StreamRDF out;

    public StreamSink(StreamRDF out) {
        this.out = out;
    }

    @Override
    public void put(ExtractedReport report) {
        report.quads().forEach(out::quad);
    }
}
