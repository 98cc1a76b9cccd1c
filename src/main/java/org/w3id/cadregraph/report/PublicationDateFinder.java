package org.w3id.cadregraph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the date a page says it was published: a labelled date in the header or chrome ("Time:2022.07.11",
 * "Release Date: March 10, 2023", "Updated: September 11, 2019 07:37"), or a header line that is
 * little more than a date ("2018-02-05 10:20"). A date in the article body is an event date, not this.
 */
final class PublicationDateFinder {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(release[d]?\\s*(date|time)?|publish(ed|ing)?\\s*(date|time|on)?|updated|posted|time|date|source)\\s*[:：]?");
    private static final int SHORT_LINE = 80;

    /**
     * @param headerLines the lines before the article body, in order
     * @param chromeLines lines removed as page chrome anywhere on the page
     */
    Optional<LocalDate> find(List<String> headerLines, List<String> chromeLines) {
        for (List<String> lines : List.of(headerLines, chromeLines)) {
            for (String line : lines) {
                Optional<DateExpressions.Found> found = DateExpressions.first(line);
                if (found.isEmpty()) {
                    continue;
                }
                String before = line.substring(0, found.get().start());
                boolean labelled = LABEL.matcher(before.length() > 40 ? before.substring(before.length() - 40) : before).find();
                boolean mostlyDate = line.length() <= SHORT_LINE && !line.matches("(?i)^\\s*(on|in|at)\\b.*");
                // "Wenzhou News Network  2024-02-22 08:30  Reporter: …": a date with a clock time is a timestamp
                boolean timestamp = line.substring(found.get().end()).matches("\\s+\\d{1,2}:\\d{2}\\b.*")
                        // "CNU signed an agreement with Tongzhou District 2015-04-02": a date that ends the headline
                        || line.substring(found.get().end()).isBlank() && found.get().start() > 0;
                // "2024-05-10 | Editor: …": the date stamp of a credit line, wherever the page puts it
                if (labelled || ReportCleaner.isDatedCredit(line) || (lines == headerLines && (mostlyDate || timestamp))) {
                    return Optional.of(found.get().date());
                }
            }
        }
        return Optional.empty();
    }
}
