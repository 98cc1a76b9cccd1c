package org.w3id.cadregraph.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One report after reading and cleaning: the text the extractor sees, and what the page says about itself.
 *
 * @param id          the file name without extension; names the report's graph
 * @param sourceFile  where it was read from
 * @param sha256      hex SHA-256 of the file's bytes
 * @param title       the headline, or the first line when none is marked
 * @param published   the publication date stated on the page, if any
 * @param text        the cleaned body text; every evidence offset points into it
 * @param pageContext the page's other lines (header, credits, chrome) before any glued-on news: never a source
 *                    of facts, but the place a page often names its city ("author:Pingliang release")
 */
public record Report(String id, Path sourceFile, String sha256, String title, Optional<LocalDate> published,
                     String text, String pageContext) {
    public Report {
        Objects.requireNonNull(id);
        Objects.requireNonNull(sourceFile);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(title);
        Objects.requireNonNull(published);
        Objects.requireNonNull(text);
        Objects.requireNonNull(pageContext);
    }

    /** The file's base name, as {@code cg:sourceFile} records it. */
    public String fileName() {
        return sourceFile.getFileName().toString();
    }
}
