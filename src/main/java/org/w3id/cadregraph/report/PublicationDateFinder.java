package org.w3id.cadregraph.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
    /** "20230620": a compact date, read only where a page date is expected (a label, a header timestamp, an address). */
    private static final Pattern COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");
    /** "Link: http://www.example.gov.cn/news/202405/t20240523_123.html": the page's own address, as the page prints it. */
    private static final Pattern OWN_ADDRESS = Pattern.compile("(?i)\\b(?:link|url|(?:web\\s*|page\\s*)?address|permalink)"
            + "\\s*[:：]\\s*((?:https?://|www\\.)\\S+)");
    /** A compact date in an address, after a slash, an underscore or the "t" of "t20240523_123.html". */
    private static final Pattern COMPACT_IN_ADDRESS = Pattern.compile("[/_t](" + COMPACT.pattern() + ")");

    /**
     * @param headerLines the lines before the article body, in order
     * @param chromeLines lines removed as page chrome anywhere on the page
     */
    Optional<LocalDate> find(List<String> headerLines, List<String> chromeLines) {
        for (List<String> lines : List.of(headerLines, chromeLines)) {
            for (String line : lines) {
                Optional<DateExpressions.Found> found = DateExpressions.first(line);
                boolean compact = false;
                if (found.isEmpty()) {
                    Optional<LocalDate> inAddress = inOwnAddress(line);
                    if (inAddress.isPresent()) {
                        return inAddress;
                    }
                    found = compact(line);
                    compact = found.isPresent();
                }
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
                if (compact) {
                    // eight digits are a date only under a label or before a clock time ("Release time: 20230620 09:14"),
                    // never a number that merely looks like one
                    boolean clock = line.substring(found.get().end()).matches("\\s+\\d{1,2}:\\d{2}\\b.*");
                    if (labelled || (lines == headerLines && clock)) {
                        return Optional.of(found.get().date());
                    }
                    continue;
                }
                // "2024-05-10 | Editor: …": the date stamp of a credit line, wherever the page puts it
                if (labelled || ReportCleaner.isDatedCredit(line) || (lines == headerLines && (mostlyDate || timestamp))) {
                    return Optional.of(found.get().date());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DateExpressions.Found> compact(String line) {
        Matcher m = COMPACT.matcher(line);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return Optional.of(new DateExpressions.Found(d, m.start(), m.end()));
            } catch (DateTimeException e) {
                // not a date
            }
        }
        return Optional.empty();
    }

    /**
     * The date in the page's own printed address ("…/202405/t20240523_123.html", "…/20240523/…"); links to other
     * pages (previous, next, related) are not the page's own and are not read.
     */
    private static Optional<LocalDate> inOwnAddress(String line) {
        Matcher a = OWN_ADDRESS.matcher(line);
        if (!a.find()) {
            return Optional.empty();
        }
        Matcher m = COMPACT_IN_ADDRESS.matcher(a.group(1));
        Optional<LocalDate> last = Optional.empty();
        while (m.find()) {
            Optional<DateExpressions.Found> f = compact(m.group(1));
            if (f.isPresent()) {
                last = Optional.of(f.get().date()); // the last one names the page, an earlier one its folder
            }
        }
        return last;
    }
}
