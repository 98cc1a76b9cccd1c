package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriterOutputStreamTest {
    private static final String TEXT = "怀进鹏 attended the meeting in 南宁. ";

    @Test
    void decodesCharactersSplitAcrossWrites() throws Exception {
        StringWriter target = new StringWriter();
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);

        try (WriterOutputStream out = new WriterOutputStream(target)) {
            for (byte b : bytes) {
                out.write(b);
            }
        }

        assertThat(target).hasToString(TEXT);
    }

    @Test
    void decodesWritesLargerThanItsBuffer() throws Exception {
        StringWriter target = new StringWriter();
        String big = TEXT.repeat(2000);    // about 90 kB, three-byte characters across buffer edges

        try (WriterOutputStream out = new WriterOutputStream(target)) {
            out.write(big.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(target.toString()).isEqualTo(big);
    }

    @Test
    void flushPassesCompleteCharactersOn() throws Exception {
        StringWriter target = new StringWriter();
        byte[] bytes = "南宁".getBytes(StandardCharsets.UTF_8);

        WriterOutputStream out = new WriterOutputStream(target);
        out.write(bytes, 0, 4);     // 南 and the first byte of 宁
        out.flush();

        assertThat(target).hasToString("南");
        out.write(bytes, 4, 2);
        out.close();
        assertThat(target).hasToString("南宁");
    }
}
