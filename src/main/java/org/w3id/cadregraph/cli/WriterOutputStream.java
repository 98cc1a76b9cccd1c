package org.w3id.cadregraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lets Jena's writers, which write UTF-8 bytes, write to picocli's {@code getOut()} writer, so
 * {@code -o -} and query results reach stdout in {@code main} and a {@code StringWriter} in tests.
 *
 * <pre>
 *   OutputStream out = new WriterOutputStream(spec.commandLine().getOut());
 *   RDFDataMgr.write(out, model, Lang.TURTLE);
 *   out.flush();
 * </pre>
 *
 * A character split across two writes is held back until its last byte arrives. {@link #close()}
 * flushes but leaves the writer open: it belongs to the command line.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        drain();
        writer.flush();
    }

    private void decode(boolean endOfInput) throws IOException {
        bytes.flip();
        CoderResult result;
        do {
            result = decoder.decode(bytes, chars, endOfInput);
            drain();
        } while (result.isOverflow());
        bytes.compact();
    }

    private void drain() throws IOException {
        chars.flip();
        writer.append(chars);
        chars.clear();
    }
}
