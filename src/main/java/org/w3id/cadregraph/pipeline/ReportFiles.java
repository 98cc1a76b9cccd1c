package org.w3id.cadregraph.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the report files of the inputs: a file named on the command line is read whatever its extension; a
 * folder is walked for the files whose extension is one of {@link #EXTENSIONS}, in sorted order. What a folder
 * holds besides reports is counted by reason, so a folder of PDFs is not "no reports" without a word.
 *
 * <pre>
 *   ReportFiles.Found found = ReportFiles.find(List.of(Path.of("samples")));
 *   found.reports();          // samples/county-inspection.txt, …
 *   found.describeSkipped();  // "2 files skipped: .pdf 1, .docx 1 (cadregraph reads .txt, …)"
 * </pre>
 */
public final class ReportFiles {
    /**
     * The extensions of report files in a folder, one list for the code, {@code --help} and the README
     * (a test checks that the README says the same).
     */
    public static final String EXTENSIONS = ".txt, .text, .html, .htm, .xhtml";
    private static final List<String> EXTENSION_LIST = Arrays.stream(EXTENSIONS.split(",\\s*")).toList();

    private ReportFiles() {}

    /**
     * The report files found, and the other entries of the folders, counted by why they were not taken.
     *
     * @param reports   files to read, folders' files sorted, in the order of the inputs
     * @param skipped   reason ("not a report file: .pdf", "hidden") → how many
     * @param unreadable entries the walk could not open (a folder without permission), with the reason
     */
    public record Found(List<Path> reports, Map<String, Integer> skipped, List<Problem> unreadable) {
        public Found {
            reports = List.copyOf(reports);
            skipped = Map.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
        }

        public int skippedCount() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** "3 files skipped: .pdf 2, .docx 1 (reports are .txt, …)", or empty when nothing was skipped. */
        public String describeSkipped() {
            if (skipped.isEmpty()) {
                return "";
            }
            StringBuilder s = new StringBuilder().append(skippedCount()).append(skippedCount() == 1 ? " file" : " files")
                    .append(" skipped: ");
            s.append(String.join(", ", new TreeMap<>(skipped).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
            return s.append(" (report files are ").append(EXTENSIONS).append(")").toString();
        }
    }

    /**
     * Walks the inputs. A missing input is an error before anything is read or written.
     *
     * @throws NoSuchFileException naming the first input that does not exist
     */
    public static Found find(List<Path> inputs) throws IOException {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new NoSuchFileException(in.toString(), null, noSuchFileReason(in));
            }
        }
        List<Path> reports = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        List<Problem> unreadable = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                reports.add(in); // named on the command line: read, or rejected with its reason
                continue;
            }
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(in, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(in) && hidden(dir)) {
                        count(skipped, "hidden folder");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        count(skipped, "hidden");
                    } else if (!isReportName(file)) {
                        count(skipped, "not a report file: " + extension(file));
                    } else {
                        // FIFOs, devices and sockets with a report's name are taken, and rejected by name when read
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(new Problem(file, Problem.Severity.ERROR, "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            reports.addAll(found);
        }
        return new Found(reports, skipped, unreadable);
    }

    /** Whether a folder would take this file by its name. */
    public static boolean isReportName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSION_LIST.stream().anyMatch(name::endsWith);
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "no extension";
    }

    private static void count(Map<String, Integer> counts, String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    /**
     * Whether the platform charset (from the locale) cannot hold this name: Java then turns the letters it cannot
     * write into '?', and the file seems not to exist.
     */
    static boolean nameLostInPlatformCharset(Path p) {
        String name = p.toString();
        return !platformCharsetIsUnicode() && (name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0);
    }

    static boolean platformCharsetIsUnicode() {
        String jnu = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        return jnu.toUpperCase(Locale.ROOT).startsWith("UTF");
    }

    private static String noSuchFileReason(Path in) {
        if (nameLostInPlatformCharset(in) || (!platformCharsetIsUnicode() && !in.toString().chars().allMatch(c -> c < 0x80))) {
            return "no such file or folder; its name may have letters that the platform charset ("
                    + System.getProperty("sun.jnu.encoding") + ") cannot hold: run with a UTF-8 locale "
                    + "(e.g. LC_ALL=C.UTF-8), or name the folder that holds it";
        }
        return "no such file or folder";
    }
}
