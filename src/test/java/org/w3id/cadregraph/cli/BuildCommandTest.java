package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;

class BuildCommandTest {
    @TempDir
    Path dir;

    private Path corpus(int n) throws IOException {
        Path in = dir.resolve("in");
        new CorpusGenerator(1).write(in, n);
        return in;
    }

    @Test
    void aMissingInputIsAUsageErrorAndCreatesNoStore() {
        Path db = dir.resolve("db");

        CliRun run = CliRun.of("build", dir.resolve("nowhere").toString(), "--db", db.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nowhere: no such file or folder");
        assertThat(db).doesNotExist();
    }

    @Test
    void aFolderWithoutReportsSaysWhatItHoldsAndCreatesNoStore() throws IOException {
        Path in = Files.createDirectories(dir.resolve("pdfs"));
        Files.writeString(in.resolve("a.pdf"), "%PDF-1.4");
        Files.writeString(in.resolve("b.docx"), "PK");
        Path db = dir.resolve("db");

        CliRun run = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no report files in " + in)
                .contains("not a report file: .docx 1, not a report file: .pdf 1");
        assertThat(db).doesNotExist();
    }

    @Test
    void aRebuildSkipsWhatIsStoredAndSaysSo() throws IOException {
        Path in = corpus(12);
        Path db = dir.resolve("db");

        CliRun first = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress", "--threads", "2");
        CliRun second = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress", "--threads", "2");

        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(first.err()).contains("reports read: 12, rejected: 0").contains("bulk-loaded a new store");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.err()).contains("reports read: 0, rejected: 0, unchanged (already stored): 12")
                .doesNotContain("compacted");
    }

    @Test
    void aNewStoreIsBulkLoadedBesideItAndWhatAKilledBuildLeftThereIsCleared() throws IOException {
        Path in = corpus(4);
        Path db = dir.resolve("db");
        Path building = dir.resolve(".db.building");
        Files.createDirectories(building.resolve("tdb"));
        Files.writeString(building.resolve("tdb").resolve("half-written"), "what a kill -9 left");
        Files.createDirectories(db); // an empty folder is a new store too

        CliRun run = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress", "--threads", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("bulk-loaded a new store").contains("reports read: 4");
        assertThat(building).doesNotExist();
        assertThat(db.resolve("half-written")).doesNotExist();
        CliRun again = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress");
        assertThat(again.err()).contains("unchanged (already stored): 4").doesNotContain("bulk-loaded");
    }

    @Test
    void extractStreamsNQuadsToStdout() throws IOException {
        Path in = corpus(3);

        CliRun run = CliRun.of("extract", in.toString(), "-o", "-", "--no-progress");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("reports read: 3");
    }

    @Test
    void extractWritesTheFileOnlyWhenDone() throws IOException {
        Path in = corpus(3);
        Path out = dir.resolve("out/x.trig");

        CliRun run = CliRun.of("extract", in.toString(), "-o", out.toString(), "--no-progress", "--threads", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out)).contains("cg:sourceFile");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }
}
