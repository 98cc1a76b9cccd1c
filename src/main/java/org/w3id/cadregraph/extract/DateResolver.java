package org.w3id.cadregraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.report.DateExpressions;

/**
 * Resolves the date of an event from a sentence against the report's publication date: "On July 11",
 * "On January 19th, 2024", "On the morning of November 8", "Sept 10", "yesterday", "Thursday".
 * When the year cannot be known the date is left out, never guessed.
 *
 * <pre>
 *   new DateResolver().resolve("On July 11, the meeting was held.", Optional.of(published), OptionalInt.empty())
 * </pre>
 */
public final class DateResolver {
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(" + DateExpressions.MONTH_NAMES
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + DateExpressions.MONTH_NAMES
            + ")\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern NUMERIC = Pattern.compile("\\b((?:19|20)\\d{2})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})\\b");
    /** "in mid-March", "at the end of December 2023": only the month is known. */
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?i)\\b(?:early|mid|late|the middle of|the end of|"
            + "the beginning of|the first half of|the second half of)[-\\s]+(" + DateExpressions.MONTH_NAMES
            + ")\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");
    private static final Pattern DAY_BEFORE_YESTERDAY = Pattern.compile("(?i)\\bthe day before yesterday\\b");
    /** "On the afternoon of the 21st": the day of the month of the publication (or the one before). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?i)\\b(?:on|of)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this morning|this afternoon)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final String MEETING_NOUN = "(?:meeting|conference|ceremony|forum|symposium|session|event)";
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(the same day|that day|the same afternoon|the same morning|"
            + "that (?:afternoon|evening)|(?:immediately|right) after (?:the|this|that) (?:[\\w-]+ ){0,3}" + MEETING_NOUN + "\\b|"
            + "(?:immediately|right) afterwards?\\b)|^after the (?:[\\w-]+ ){0,3}" + MEETING_NOUN + "(?: ended| closed)?,"
            // "Before the opening ceremony, the leaders met the athletes": on the day of the ceremony; but a meeting
            // held or convened before another prepares it, on a day of its own
            + "|^(?:before|prior to) the (?:[\\w-]+ ){0,3}" + MEETING_NOUN + ",(?![^.]*\\b(?:held|convened)\\b)");

    /** A date and how sure we are of it. */
    public record Resolved(PartialDate date, double confidence) {}

    /**
     * @param sentence   the sentence that reports the event
     * @param published  the publication date, if the page states it
     * @param textYear   a year the report itself places its events in, when it has no publication date
     */
    public Optional<Resolved> resolve(String sentence, Optional<LocalDate> published, OptionalInt textYear) {
        Matcher n = NUMERIC.matcher(sentence);
        if (n.find()) {
            try {
                return Optional.of(new Resolved(PartialDate.of(LocalDate.of(Integer.parseInt(n.group(1)),
                        Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)))), 0.95));
            } catch (java.time.DateTimeException e) {
                // not a date
            }
        }
        for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                boolean md = p == MONTH_DAY;
                String monthName = md ? m.group(1) : m.group(2);
                int month = DateExpressions.month(monthName);
                int day = Integer.parseInt(md ? m.group(2) : m.group(1));
                if (day < 1 || day > 31) {
                    continue;
                }
                String yearText = m.group(3);
                try {
                    if (yearText != null) {
                        return Optional.of(new Resolved(PartialDate.of(LocalDate.of(Integer.parseInt(yearText), month, day)), 0.95));
                    }
                    if (published.isPresent()) {
                        LocalDate pub = published.get();
                        LocalDate d = LocalDate.of(pub.getYear(), month, day);
                        // A report published in January about "December 28" speaks of last year.
                        if (d.isAfter(pub.plusDays(7))) {
                            d = d.minusYears(1);
                        }
                        return Optional.of(new Resolved(PartialDate.of(d), 0.9));
                    }
                    if (textYear.isPresent()) {
                        return Optional.of(new Resolved(PartialDate.of(LocalDate.of(textYear.getAsInt(), month, day)), 0.6));
                    }
                } catch (java.time.DateTimeException e) {
                    continue;
                }
                return Optional.empty(); // a day without a year: unknown, not guessed
            }
        }
        Matcher part = PART_OF_MONTH.matcher(sentence);
        if (part.find()) {
            int month = DateExpressions.month(part.group(1));
            OptionalInt year = part.group(2) != null ? OptionalInt.of(Integer.parseInt(part.group(2)))
                    : published.map(p -> OptionalInt.of(month > p.getMonthValue() ? p.getYear() - 1 : p.getYear()))
                    .orElse(textYear);
            if (year.isPresent()) {
                return Optional.of(new Resolved(new PartialDate(year.getAsInt(), Optional.of(month), Optional.empty()), 0.8));
            }
        }
        if (published.isPresent()) {
            LocalDate pub = published.get();
            if (DAY_BEFORE_YESTERDAY.matcher(sentence).find()) {
                return Optional.of(new Resolved(PartialDate.of(pub.minusDays(2)), 0.85));
            }
            Matcher dom = DAY_OF_MONTH.matcher(sentence);
            if (dom.find()) {
                int day = Integer.parseInt(dom.group(1));
                LocalDate month = day <= pub.getDayOfMonth() ? pub : pub.minusMonths(1);
                if (day >= 1 && day <= month.lengthOfMonth()) {
                    return Optional.of(new Resolved(PartialDate.of(month.withDayOfMonth(day)), 0.75));
                }
            }
            if (YESTERDAY.matcher(sentence).find()) {
                return Optional.of(new Resolved(PartialDate.of(pub.minusDays(1)), 0.85));
            }
            if (TODAY.matcher(sentence).find()) {
                return Optional.of(new Resolved(PartialDate.of(pub), 0.8));
            }
            Matcher w = WEEKDAY.matcher(sentence);
            if (w.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
                return Optional.of(new Resolved(PartialDate.of(pub.with(TemporalAdjusters.previousOrSame(dow))), 0.7));
            }
        }
        return Optional.empty();
    }

    /** True when the sentence refers back to the day of the event before it ("On the afternoon of the same day"). */
    public boolean refersToSameDay(String sentence) {
        return SAME_DAY.matcher(sentence.strip()).find();
    }
}
