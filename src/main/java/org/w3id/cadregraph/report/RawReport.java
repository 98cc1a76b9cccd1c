package org.w3id.cadregraph.report;

import java.nio.file.Path;

/**
 * A report file decoded to text, before cleaning.
 *
 * @param sourceFile the file
 * @param sha256     hex SHA-256 of its bytes
 * @param title      the HTML title when the file is a web page, else empty
 * @param text       the decoded text (web pages already reduced to their visible text, one block a line)
 */
public record RawReport(Path sourceFile, String sha256, String title, String text) {
    /** Hex digits of the content hash in a report's id: 48 bits, so two different files of one name never meet. */
    static final int HASH_DIGITS = 12;

    /**
     * The file name without its extension, then the start of the content hash: "index-3f2a9c1b7d0e". Two files
     * whose names read alike ("Report 1.txt", "report_1.txt", or "index.txt" of two folders) are two reports;
     * the same bytes under two names are one report, which the batch stores once and says so.
     */
    public String id() {
        String name = sourceFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "-" + sha256.substring(0, Math.min(HASH_DIGITS, sha256.length()));
    }
}
