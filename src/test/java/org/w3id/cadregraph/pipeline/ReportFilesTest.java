package org.w3id.cadregraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void takesReportFilesSortedAndCountsTheRestByReason() throws IOException {
        touch("b.txt");
        touch("a.html");
        touch("sub/c.HTM");
        touch("paper.pdf");
        touch("notes.docx");
        touch("more.pdf");
        touch(".hidden.txt");
        touch(".git/config.txt");

        ReportFiles.Found found = ReportFiles.find(List.of(dir));

        assertThat(found.reports()).extracting(p -> dir.relativize(p).toString())
                .containsExactly("a.html", "b.txt", "sub/c.HTM");
        assertThat(found.skipped()).containsEntry("not a report file: .pdf", 2)
                .containsEntry("not a report file: .docx", 1).containsEntry("hidden", 1)
                .containsEntry("hidden folder", 1);
        assertThat(found.describeSkipped()).startsWith("5 files skipped: ")
                .endsWith("(report files are " + ReportFiles.EXTENSIONS + ")");
    }

    @Test
    void aFileNamedOnTheCommandLineIsTakenWhateverItsExtension() throws IOException {
        Path pdf = touch("paper.pdf");

        assertThat(ReportFiles.find(List.of(pdf)).reports()).containsExactly(pdf);
    }

    @Test
    void aMissingInputFailsBeforeAnythingIsRead() throws IOException {
        touch("a.txt");

        assertThatThrownBy(() -> ReportFiles.find(List.of(dir, dir.resolve("missing"))))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing");
    }

    @Test
    void aFifoWithAReportNameIsTakenSoThatTheReaderRejectsItByName() throws Exception {
        Path fifo = dir.resolve("x.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        assertThat(ReportFiles.find(List.of(dir)).reports()).containsExactly(fifo);
    }

    @Test
    void theReadmeListsTheSameExtensions() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains(ReportFiles.EXTENSIONS);
    }
}
