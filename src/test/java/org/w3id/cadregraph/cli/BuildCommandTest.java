package org.w3id.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.bench.CorpusGenerator;
import org.w3id.cadregraph.store.BulkLoad;

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
    void aPrunedOrChangedReportLeavesNoOneInTheIdentityGraph() throws IOException {
        Path in = corpus(12);
        Path db = dir.resolve("db");
        assertThat(CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress").exitCode()).isZero();
        List<Path> files;
        try (var walk = Files.walk(in)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        // one report deleted, another corrected so that it names other people (its graph changes name)
        Files.delete(files.get(0));
        Files.writeString(files.get(1), Files.readString(files.get(1)).replaceAll("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+,", "Qiu Zhenbang,"));

        CliRun changed = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress");
        CliRun pruned = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress", "--prune");

        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(pruned.exitCode()).as(pruned.err()).isZero();
        assertThat(pruned.err()).contains("graphs pruned: 1");
        String placedInMissingReports = "PREFIX cg: <https://w3id.org/cadregraph/ontology#> SELECT ?person ?g WHERE { "
                + "GRAPH <https://w3id.org/cadregraph/id/identity> { ?person cg:namedIn ?g } "
                + "FILTER NOT EXISTS { GRAPH ?g { ?g a cg:ReportGraph } } }";
        assertThat(CliRun.of("query", "--db", db.toString(), "--format", "csv", "-e", placedInMissingReports).out())
                .isEqualToIgnoringNewLines("person,g");
    }

    @Test
    void aNewStoreIsBulkLoadedBesideItAndWhatAKilledBuildLeftThereIsCleared() throws IOException {
        Path in = corpus(4);
        Path db = dir.resolve("db");
        Path building = dir.resolve(".db.building");
        Files.createDirectories(building.resolve("tdb"));
        Files.writeString(building.resolve("tdb").resolve("half-written"), "what a kill -9 left");

        CliRun run = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress", "--threads", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("bulk-loaded a new store").contains("reports read: 4");
        assertThat(building).doesNotExist();
        assertThat(db.resolve("half-written")).doesNotExist();
        CliRun again = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress");
        assertThat(again.err()).contains("unchanged (already stored): 4").doesNotContain("bulk-loaded");
    }

    @Test
    void anExistingEmptyFolderIsFilledInPlaceNotBesideIt() throws IOException {
        // it may be a mount point or a link to another disk: a store built beside it would be on the wrong disk
        Path in = corpus(3);
        Path db = dir.resolve("mounted");
        Files.createDirectories(db);

        CliRun run = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("reports read: 3").doesNotContain("bulk-loaded");
        assertThat(dir.resolve(".mounted.building")).doesNotExist();
        try (var files = Files.list(db)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("Data-"));
        }
    }

    @Test
    void aFolderOfOtherFilesIsNotMadeAStore() throws IOException {
        Path in = corpus(2);
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("reading-list.txt"), "to read");

        CliRun build = CliRun.of("build", in.toString(), "--db", notes.toString(), "--no-progress");

        assertThat(build.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(build.err()).contains(notes + " is a folder of other files (reading-list.txt), not a store");
        try (var left = Files.list(notes)) {
            assertThat(left).containsExactly(notes.resolve("reading-list.txt"));
        }
    }

    @Test
    void aSecondBuildOfTheSameNewStoreIsRefusedAndLeavesTheFirstAlone() throws IOException {
        Path in = corpus(2);
        Path db = dir.resolve("db");
        try (BulkLoad.Building first = BulkLoad.building(db)) {
            Path spooled = Files.writeString(first.dir().resolve("spooled-by-the-first"), "x");

            CliRun second = CliRun.of("build", in.toString(), "--db", db.toString(), "--no-progress");

            assertThat(second.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
            assertThat(second.err()).contains("another build of the new store").contains(db.toString());
            assertThat(spooled).exists();
            assertThat(db).doesNotExist();
        }
    }

    @Test
    void aStoreThatAppearedWhileTheBuildRanIsNotReplaced() throws IOException {
        Path loaded = Files.createDirectories(dir.resolve("loaded"));
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("someone-else's"), "x");

        assertThatThrownBy(() -> BulkLoad.moveIntoPlace(loaded, db)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
                .hasMessageContaining("created while this build ran");
        assertThat(db.resolve("someone-else's")).exists();
        assertThat(loaded).exists();
    }

    @Test
    void anUnknownLoaderIsAUsageErrorNamingTheChoices() {
        assertThat(BuildCommand.loader("Parallel")).isEqualTo(BulkLoad.Loader.PARALLEL);
        assertThatThrownBy(() -> BuildCommand.loader("fastest")).isInstanceOf(UserException.class)
                .hasMessage("-Dcadregraph.loader=fastest: use phased or parallel");
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
