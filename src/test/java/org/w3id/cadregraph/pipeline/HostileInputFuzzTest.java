package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.graph.ExtractionMapper;

/**
 * Mutated reports through the real pipeline, with a fixed seed and a bounded count: byte flips, truncation, one
 * 3 MB line, 10,000-level nested HTML, sentences repeated 100 times, NUL bytes, mixed encodings. Every report
 * is either extracted or rejected with a reason; none crashes a stage, none exhausts the heap, none runs past
 * the time bound (generous: it is about hangs, not speed), and the output is valid RDF.
 */
class HostileInputFuzzTest {
    private static final long SEED = 20_261_207L;
    private static final int MUTANTS_PER_KIND = 3;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void noMutatedReportCrashesHangsOrSinksTheBatch() throws IOException {
        Random rnd = new Random(SEED);
        CorpusGenerator corpus = new CorpusGenerator(SEED);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MUTANTS_PER_KIND; i++) {
            CorpusGenerator.Report r = corpus.report(1 + i);
            byte[] bytes = r.text().getBytes(StandardCharsets.UTF_8);
            files.add(write("flips-" + i + "." + r.extension(), flip(bytes, rnd, 1 + rnd.nextInt(60))));
            files.add(write("truncated-" + i + "." + r.extension(), java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length))));
            files.add(write("nul-" + i + "." + r.extension(), nul(bytes, rnd, 1 + rnd.nextInt(5))));
            files.add(write("mixed-" + i + ".txt", mixed(r.text(), rnd)));
            files.add(write("repeated-" + i + ".txt", repeatedSentences(r.text(), 100)));
        }
        files.add(write("one-line-3mb.txt", oneLine(corpus.report(20).text(), 3_000_000)));
        files.add(write("nested-10000.html", nested(corpus.report(21).text(), 10_000)));
        files.add(write("nested-10000-unclosed.html", ("<div><span>" .repeat(10_000) + corpus.report(22).text())
                .getBytes(StandardCharsets.UTF_8)));
        files.add(write("random-bytes.txt", randomBytes(rnd, 20_000)));
        files.add(write("one-word-200k.txt", "Huai".repeat(50_000).getBytes(StandardCharsets.US_ASCII)));
        List<Problem> problems = new ArrayList<>();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        BatchRunner runner = new BatchRunner(ReportPipeline.factory(SampleGraphs.FIXED_CLOCK),
                new ExtractionMapper("test"), problems::add, SampleGraphs.FIXED_CLOCK,
                new BatchOptions(2, Duration.ofSeconds(60), false, false, false), WriterStep.NONE);

        BatchSummary summary = runner.run(files, ReportSink.inMemory(dsg));

        assertThat(summary.read() + summary.rejected().size() + summary.duplicates()).isEqualTo(files.size());
        assertThat(problems).allSatisfy(p -> assertThat(p.reason())
                .doesNotContain("internal error", "still running", "ran out of memory", "stack overflowed"));
        assertThat(summary.read()).as("most mutants are still reports").isGreaterThan(files.size() / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, Lang.NQUADS);
        DatasetGraph reparsed = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(reparsed, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        assertThat(reparsed.stream().count()).isEqualTo(dsg.stream().count());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] flip(byte[] bytes, Random rnd, int flips) {
        byte[] out = bytes.clone();
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[rnd.nextInt(out.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        return out;
    }

    private static byte[] nul(byte[] bytes, Random rnd, int count) {
        byte[] out = bytes.clone();
        for (int i = 0; i < count && out.length > 0; i++) {
            out[rnd.nextInt(out.length)] = 0;
        }
        return out;
    }

    /** Paragraphs in UTF-8, GB18030 and Windows-1252 in one file, with Chinese and accented words. */
    private static byte[] mixed(String text, Random rnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset[] charsets = {StandardCharsets.UTF_8, GB18030, WINDOWS_1252};
        for (String paragraph : text.split("\n")) {
            Charset cs = charsets[rnd.nextInt(charsets.length)];
            String p = paragraph + (cs == WINDOWS_1252 ? " (café, Zürich)" : " (教育部会议)") + "\n";
            out.writeBytes(p.getBytes(cs));
        }
        return out.toByteArray();
    }

    private static byte[] repeatedSentences(String text, int times) {
        StringBuilder s = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.length() > 60) {
                s.append((line + " ").repeat(times)).append('\n');
            } else {
                s.append(line).append('\n');
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The report again and again on one line, with commas for full stops: no sentence ever ends. */
    private static byte[] oneLine(String text, int length) {
        String flat = text.replace('.', ',').replace('\n', ' ');
        StringBuilder s = new StringBuilder(length + flat.length());
        while (s.length() < length) {
            s.append(flat).append(' ');
        }
        s.setLength(length);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nested(String text, int depth) {
        String body = "<div>".repeat(depth) + "<p>" + text.replace("\n", "</p><p>") + "</p>" + "</div>".repeat(depth);
        return ("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }
}
