package org.w3id.cadregraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private final ReportReader reader = new ReportReader(10_000);

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private RawReport read(String name, byte[] bytes) throws Exception {
        return reader.read(write(name, bytes));
    }

    @Test
    void decodesUtf8() throws Exception {
        RawReport raw = read("r.txt", "Minister Huai Jinpeng (怀进鹏) met the délégation.".getBytes(StandardCharsets.UTF_8));

        assertThat(raw.text()).isEqualTo("Minister Huai Jinpeng (怀进鹏) met the délégation.");
        assertThat(raw.title()).isEmpty();
    }

    @Test
    void dropsUtf8ByteOrderMark() throws Exception {
        byte[] text = "Release time: 2024.01.22".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(read("r.txt", withBom).text()).isEqualTo("Release time: 2024.01.22");
    }

    @Test
    void decodesGb18030WhenNotUtf8() throws Exception {
        RawReport raw = read("r.txt", "发布时间：2024.01.22 Minister Huai Jinpeng attended.".getBytes(GB18030));

        assertThat(raw.text()).isEqualTo("发布时间：2024.01.22 Minister Huai Jinpeng attended.");
    }

    @Test
    void decodesWindows1252WhenNeitherUtf8NorGb18030() throws Exception {
        RawReport raw = read("r.txt", "He met café owner Müller \u201cat noon\u201d.".getBytes(WINDOWS_1252));

        assertThat(raw.text()).isEqualTo("He met café owner Müller \u201cat noon\u201d.");
    }

    @Test
    void decodesWindows1252AccentInsideAWordThatIsAlsoValidGb18030() throws Exception {
        // "ü" then "r" is 0xFC 0x72 in Windows-1252: a well-formed GB18030 pair, but no Chinese text looks like this.
        RawReport raw = read("r.txt", "The delegation visited Zürich.".getBytes(WINDOWS_1252));

        assertThat(raw.text()).isEqualTo("The delegation visited Zürich.");
    }

    @Test
    void recordsSha256OfTheBytes() throws Exception {
        RawReport raw = read("r.txt", "abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(raw.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(raw.id()).isEqualTo("r-ba7816bf8f01");
    }

    @Test
    void keepsArticleTextOfAWebPageAndDropsNavigationHeaderFooterAndScript() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head><title>Ministers meet in Beijing</title>
                <script>var tracker = "script text";</script><style>p { color: red }</style></head>
                <body>
                <header>Header banner</header>
                <nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <div class="article"><h1>Ministers meet in Beijing</h1>
                <p>On July 11, Huai Jinpeng met the delegation.</p>
                <p>Both sides <b>signed</b> an agreement.<br>The talks ended.</p></div>
                <script>document.write("inline script")</script>
                <footer>Footer copyright line</footer>
                </body></html>
                """;

        RawReport raw = read("page.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(raw.title()).isEqualTo("Ministers meet in Beijing");
        assertThat(raw.text().lines()).containsExactly(
                "Ministers meet in Beijing",
                "On July 11, Huai Jinpeng met the delegation.",
                "Both sides signed an agreement.",
                "The talks ended.");
    }

    @Test
    void readsAWebPageByItsContentWhateverTheFileName() throws Exception {
        String html = "<html><body><nav>Menu</nav><p>Huai Jinpeng attended.</p></body></html>";

        RawReport raw = read("page.txt", html.getBytes(StandardCharsets.UTF_8));

        assertThat(raw.text()).isEqualTo("Huai Jinpeng attended.");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path file = write("empty.txt", new byte[0]);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadReportException.class).hasMessage("empty file");
    }

    @Test
    void rejectsAFileOfOnlyWhitespace() throws Exception {
        Path file = write("blank.txt", " \n\n \n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadReportException.class).hasMessage("no text in the file");
    }

    @Test
    void rejectsBinaryContentWithNulBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = write("photo.txt", png);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadReportException.class)
                .hasMessageStartingWith("binary content");
    }

    @Test
    void rejectsAFileLargerThanTheLimit() throws Exception {
        Path file = write("big.txt", "x".repeat(21).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new ReportReader(20).read(file)).isInstanceOf(BadReportException.class)
                .hasMessageStartingWith("file too large");
    }

    @Test
    void acceptsAFileExactlyAtTheLimit() throws Exception {
        Path file = write("limit.txt", "x".repeat(20).getBytes(StandardCharsets.US_ASCII));

        assertThat(new ReportReader(20).read(file).text()).hasSize(20);
    }

    @Test
    void dropsAStrayNulByteInsteadOfRejectingTheReport() throws Exception {
        byte[] text = "Huai Jinpeng attended the meeting.\u0000 He spoke.".getBytes(StandardCharsets.UTF_8);

        assertThat(read("r.txt", text).text()).isEqualTo("Huai Jinpeng attended the meeting. He spoke.");
    }

    @Test
    void namesAPdfOrADocxGivenAsAReport() throws Exception {
        Path pdf = write("paper.txt", "%PDF-1.7\n%binary".getBytes(StandardCharsets.ISO_8859_1));
        Path docx = write("notes.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        assertThatThrownBy(() -> reader.read(pdf)).hasMessageContaining("a PDF document");
        assertThatThrownBy(() -> reader.read(docx)).hasMessageContaining(".docx");
    }

    @Test
    void rejectsALinkToADeviceWithoutReadingIt() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(dir.resolve("zero.txt"), zero);

        assertThatThrownBy(() -> reader.read(link)).isInstanceOf(BadReportException.class)
                .hasMessage("not a regular file (a character device)");
    }

    @Test
    void rejectsAFifoWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("x.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        assertThatThrownBy(() -> reader.read(fifo)).isInstanceOf(BadReportException.class)
                .hasMessage("not a regular file (a FIFO)");
    }

    @Test
    void readsNoMoreThanTheCapFromAFileThatGrows() throws Exception {
        Path file = write("big.txt", "x".repeat(50).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new ReportReader(20).read(file)).hasMessageStartingWith("file too large");
    }
}
