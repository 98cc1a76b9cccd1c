package org.w3id.cadregraph.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as pages write them: "2022.07.11", "2024-01-22", "March 10, 2023", "Sept 10, 2019", "10 March 2023",
 * "17th April 2023", and the day and month before the year ("17/04/2023", "04/17/2023") when only one reading is a date
 * (or the dots of "05.04.2023" say the day comes first).
 */
public final class DateExpressions {
    public static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    static final Pattern NUMERIC = Pattern.compile("(?<![\\d])((?:19|20)\\d{2})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})(?!\\d)");
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH_NAMES
            + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    /** "17/04/2023", "17.04.2023", "04/17/2023": the year last, day and month in either order. */
    static final Pattern YEAR_LAST = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d])");

    private DateExpressions() {}

    /** The month number of an English month name or abbreviation, any case. */
    public static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
        if (m == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return m;
    }

    /** The first full date in the text, if any. */
    public static Optional<Found> first(CharSequence text) {
        Found best = null;
        for (Pattern p : new Pattern[] {NUMERIC, MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_LAST}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == NUMERIC) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } else if (p == YEAR_LAST) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = Integer.parseInt(m.group(4));
                // only the reading the numbers allow: "17/04" is day first, "04/17" month first, "04/05" is either
                if (a > 12 && b <= 12) {
                    return Optional.of(LocalDate.of(year, b, a));
                }
                if (b > 12 && a <= 12) {
                    return Optional.of(LocalDate.of(year, a, b));
                }
                // "05.04.2023": the dotted form is the day-first convention of the pages that use it (Europe,
                // Russia, Central Asia); a slash or a dash leaves the order open
                if (a == b || m.group(2).equals(".")) {
                    return Optional.of(LocalDate.of(year, b, a));
                }
                return Optional.empty();
            } else if (p == MONTH_DAY_YEAR) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            } else {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date found at [start, end) of a text. */
    public record Found(LocalDate date, int start, int end) {}
}
