package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} reads what {@code extract} writes, wherever the user keeps it. */
class LoadCommandTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @Test
    void loadsAGzippedExtractOutputWhateverItsFileName(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("my extracts 2023"));
        Path gz = dir.resolve("samples #1.nq.gz");
        Path plain = dir.resolve("samples.nq");
        assertThat(CliRun.of("extract", "samples", "-o", gz.toString(), "--no-progress").exitCode()).isZero();
        assertThat(CliRun.of("extract", "samples", "-o", plain.toString(), "--no-progress").exitCode()).isZero();

        CliRun fromGz = CliRun.of("load", gz.toString(), "--db", tmp.resolve("gz-db").toString(), "--no-compact");
        CliRun fromPlain = CliRun.of("load", plain.toString(), "--db", tmp.resolve("plain-db").toString(), "--no-compact");

        assertThat(fromGz.exitCode()).as(fromGz.err()).isZero();
        assertThat(fromPlain.exitCode()).as(fromPlain.err()).isZero();
        String loadedFromGz = CliRun.of("query", "--db", tmp.resolve("gz-db").toString(), "--format", "csv", "-e", COUNT).out();
        assertThat(loadedFromGz).isEqualTo(
                CliRun.of("query", "--db", tmp.resolve("plain-db").toString(), "--format", "csv", "-e", COUNT).out());
        assertThat(loadedFromGz.lines().skip(1).findFirst().orElseThrow()).isNotEqualTo("0");
    }

    @Test
    void aFileThatIsNotRdfIsNamedInTheError(@TempDir Path tmp) throws Exception {
        Path good = tmp.resolve("good.nq");
        Files.writeString(good, "<urn:s> <urn:p> <urn:o> <urn:g> .\n");
        Path bad = tmp.resolve("notes.nq");
        Files.writeString(bad, "this is a note, not N-Quads\n");

        CliRun load = CliRun.of("load", good.toString(), bad.toString(), "--db", tmp.resolve("db").toString());

        assertThat(load.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(load.err()).contains(bad.toString()).containsOnlyOnce("[line: 1, col: 1 ]");
    }
    @Test
    void aFolderOfOtherFilesIsNotMadeAStore(@TempDir Path tmp) throws Exception {
        Path nq = Files.writeString(tmp.resolve("one.nq"), "<urn:s> <urn:p> <urn:o> <urn:g> .\n");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("reading-list.txt"), "to read");

        CliRun load = CliRun.of("load", nq.toString(), "--db", notes.toString());

        assertThat(load.exitCode()).isEqualTo(ExitCodes.USAGE);
        try (var left = Files.list(notes)) {
            assertThat(left).containsExactly(notes.resolve("reading-list.txt"));
        }
    }
}
