package org.w3id.cadregraph.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a report file into text: detects binary and empty files, decodes the charset
 * (UTF-8, else GB18030 when it reads as Chinese, else Windows-1252), and reduces a saved web page to its
 * visible text with jsoup.
 *
 * <pre>
 *   RawReport raw = new ReportReader(5_000_000).read(Path.of("samples/report.txt"));
 * </pre>
 */
public final class ReportReader {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;
    private final WebPageText webPageText = new WebPageText();

    /** @param maxBytes files larger than this are rejected: reports are small, a huge file is not one */
    public ReportReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public RawReport read(Path file) throws IOException, BadReportException {
        // Only regular files: a FIFO would block the reader forever, a device (a link to /dev/zero) never ends.
        if (!Files.isRegularFile(file)) {
            throw new BadReportException(Files.exists(file) ? "not a regular file (" + kind(file) + ")"
                    : "no such file");
        }
        byte[] bytes = readAtMost(file);
        return decodeReport(file, bytes);
    }

    /** The same, for bytes already read (the Spark job reads its own files); {@code file} names the report. */
    public RawReport read(Path file, byte[] bytes) throws BadReportException {
        if (bytes.length > maxBytes) {
            throw new BadReportException("file too large (" + bytes.length + " bytes, the limit is " + maxBytes + ")");
        }
        return decodeReport(file, bytes);
    }

    /** Never more than the cap + 1 bytes, whatever the file system says its size is. */
    private byte[] readAtMost(Path file) throws IOException, BadReportException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new BadReportException("file too large (over " + maxBytes + " bytes, the limit)");
            }
            return bytes;
        }
    }

    private RawReport decodeReport(Path file, byte[] bytes) throws BadReportException {
        String sha256 = sha256(bytes);
        Charset bom = unicodeBom(bytes);
        if (bom != null) {
            // UTF-16 text is full of NUL bytes: read it by its byte-order mark before any binary check
            bytes = new String(bytes, bom).replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8);
        }
        String format = knownBinaryFormat(bytes);
        if (format != null) {
            throw new BadReportException("binary content (" + format + "), not a text or HTML report");
        }
        if (isBinary(bytes)) {
            throw new BadReportException("binary content, not a text or HTML report");
        }
        // A stray NUL in a text (a broken copy, a mixed encoding) is dropped, not a reason to lose the report.
        bytes = withoutNul(bytes);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(bytes);
        String title = "";
        String text;
        if (html) {
            // A page saved as UTF-8 often keeps the original <meta charset="gb2312">: trust the bytes when they are
            // valid UTF-8, and let jsoup read the declared charset only when they are not.
            String charset = isUtf8(bytes) ? "UTF-8" : null;
            Document doc;
            try {
                doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, file.toUri().toString());
            } catch (IOException e) {
                throw new BadReportException("cannot read the web page: " + e.getMessage());
            }
            title = doc.title();
            text = webPageText.text(doc);
        } else {
            text = decode(bytes);
        }
        if (text.isBlank()) {
            throw new BadReportException(bytes.length == 0 ? "empty file" : "no text in the file");
        }
        return new RawReport(file, sha256, title, text);
    }

    private static String kind(Path file) {
        if (Files.isDirectory(file)) {
            return "a folder";
        }
        try {
            Object type = Files.readAttributes(file, "unix:mode").get("mode");
            int mode = type instanceof Integer i ? i : 0;
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "not a file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a file";
        }
    }

    static String decode(byte[] bytes) {
        int offset = startsWithUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            try {
                String text = cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(buf.duplicate()).toString();
                if (cs != GB18030 || plausibleChinese(text)) {
                    return text;
                }
            } catch (CharacterCodingException e) {
                // not this charset; try the next
            }
        }
        return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }

    /**
     * False when most non-ASCII characters stand alone inside Latin words ("Z黵ich"): that is a Windows-1252
     * accent followed by a letter, which happens to be a well-formed GB18030 pair. Chinese comes in runs.
     */
    private static boolean plausibleChinese(String text) {
        int nonAscii = 0;
        int alone = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x80) {
                continue;
            }
            nonAscii++;
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (before < 0x80 && after < 0x80 && (isAsciiLetter(before) || isAsciiLetter(after))) {
                alone++;
            }
        }
        return alone * 2 <= nonAscii;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static Charset unicodeBom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWithUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Many NUL or control bytes mean the file is not text (an image, an archive, UTF-16 without a byte-order
     * mark); a few are damage in a text file and are dropped.
     */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 65_536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    /** The usual formats that are not reports, by their first bytes, so the reason names them. */
    static String knownBinaryFormat(byte[] b) {
        if (startsWith(b, "%PDF-")) {
            return "a PDF document";
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            return "a ZIP archive, e.g. a .docx document";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0) {
            return "an Office document";
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x89 && startsWith(b, "\u0089PNG")) {
            return "a PNG image";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "a JPEG image";
        }
        if (startsWith(b, "GIF8")) {
            return "a GIF image";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return "a gzip archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] withoutNul(byte[] bytes) {
        int nul = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nul++;
            }
        }
        if (nul == 0) {
            return bytes;
        }
        byte[] out = new byte[bytes.length - nul];
        int j = 0;
        for (byte b : bytes) {
            if (b != 0) {
                out[j++] = b;
            }
        }
        return out;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
