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
    /** The file name without its extension. */
    public String id() {
        String name = sourceFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
