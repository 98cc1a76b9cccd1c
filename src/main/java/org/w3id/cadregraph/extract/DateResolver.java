package org.w3id.cadregraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + DateExpressions.MONTH_NAMES
            + ")\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    /** "2023-4-17", "2023.04.17", "2023/4/17", and "2023年4月17日" as a translation may leave it. */
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})(?!\\d)");
    /** "in mid-March", "at the end of December 2023": only the month is known. */
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?i)\\b(?:early|mid|late|the middle of|the end of|"
            + "the beginning of|the first half of|the second half of)[-\\s]+(" + DateExpressions.MONTH_NAMES
            + ")\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");
    private static final Pattern DAY_BEFORE_YESTERDAY = Pattern.compile("(?i)\\bthe day before yesterday\\b");
    /** "On the afternoon of the 21st": the day of the month of the publication (or the one before). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?i)\\b(?:on|of)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b"
            // "the Second Session of the 14th National People's Congress", "of the 3rd plenary session": an ordinal
            // before a name or a noun numbers a body or a session, it is not a day of the month
            + "(?!\\s+(?-i:[A-Z])|\\s+(?:session|plenary|meeting|congress|committee|conference|anniversary|round|batch|"
            + "time|century|five-year|national|provincial|municipal|county|people's|party|annual|term|group|forum|expo|"
            + "edition|member|central)\\b)");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this morning|this afternoon)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern LAST_WEEKDAY = Pattern.compile("(?i)\\blast\\s+\\w+day\\b");
    private static final Pattern NEXT_WEEKDAY = Pattern.compile("(?i)\\b(?:next|coming)\\s+\\w+day\\b|\\w+day\\s+next\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\blast\\s+week\\b");
    /** "On New Year's Day", "on New Year's Eve": a fixed day of the calendar, the last one on or before the report. */
    private static final Pattern FIXED_DAY = Pattern.compile("(?i)\\bon\\s+(?:the\\s+(?:morning|afternoon|evening)\\s+of\\s+)?"
            + "New\\s+Year'?s?\\s+(Day|Eve)\\b");
    /**
     * "last weekend", "over the weekend": a Saturday or a Sunday, so only the month is known (and only when both
     * days fall in one month); "next weekend" is still to come.
     */
    private static final Pattern WEEKEND = Pattern.compile("(?i)\\b(?:(last)|over\\s+the|at\\s+the|on\\s+the|this)\\s+weekend\\b");
    /**
     * "Earlier this month, …", "… was held at the end of last month": a month counted from the report's, when it dates
     * the meeting itself (the sentence opens with it, or it follows held/convened); "figures released last month" or
     * "inspections that begin later this month" date something else.
     */
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(?i)(?:^\\s*|\\b(?:held|convened|took place|opened)\\s+"
            + "(?:in\\s+\\w+\\s+)?)(?:(?:earlier|early|late|in the middle of|at the (?:beginning|start|end) of|in)\\s+)?"
            + "(this|last)\\s+month\\b");
    /** "by the end of this month", "since last month", "for this month": a time limit or a span, not the event's day. */
    private static final Pattern NOT_THE_EVENTS_MONTH = Pattern.compile("(?i)\\b(?:by|until|till|since|before|within|for|of|"
            + "from)\\s+(?:the\\s+(?:end|beginning|start|middle)\\s+of\\s+)?$");
    private static final String MEETING_NOUN = "(?:meeting|conference|ceremony|forum|symposium|session|event)";
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(the same day|that day|the same afternoon|the same morning|"
            + "that (?:afternoon|evening)|(?:immediately|right) after (?:the|this|that) (?:[\\w-]+ ){0,3}" + MEETING_NOUN + "\\b|"
            + "(?:immediately|right) afterwards?\\b)|^after the (?:[\\w-]+ ){0,3}" + MEETING_NOUN + "(?: ended| closed)?,"
            // "In the afternoon, a forum was held": a part of the day the report has reached, not of another day
            + "|^(?:in|during) the (?:morning|afternoon|evening)\\s*,"
            // "Before the opening ceremony, the leaders met the athletes": on the day of the ceremony; but a meeting
            // held or convened before another prepares it, on a day of its own
            + "|^(?:before|prior to) the (?:[\\w-]+ ){0,3}" + MEETING_NOUN + ",(?![^.]*\\b(?:held|convened)\\b)");

    /**
     * "On Aug 27-28", "between August 10 and 11", "from March 20 to 21": the days of a visit or of a meeting that
     * lasts them. Read right after a month and day.
     */
    private static final Pattern RANGE_END = Pattern.compile("(?i)^\\s*(?:-|–|—|~|to|and|through|until|till)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** "27-28 August": the day before the range's end. */
    private static final Pattern RANGE_START = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|~|to|and)\\s*$");
    /** "May 15-17, 2023": the year written after the range's end. */
    private static final Pattern YEAR_AFTER_RANGE = Pattern.compile("^,?\\s+((?:19|20)\\d{2})\\b");
    /** A visit, tour or inspection: a meeting during it took place on one of its days, which the range does not say. */
    private static final Pattern VISIT = Pattern.compile("(?i)\\b(?:visit(?:ed|ing|s)?|trip|tour(?:ed)?|inspect(?:ed|ing|ion)|"
            + "investigat\\w*|surveyed|led an? (?:team|delegation|group)|stay(?:ed)?|was present|were present)\\b");
    /** The meeting itself lasts the days: it was held, opened or took place over them (not "he held a roundtable"). */
    private static final Pattern HELD_OVER = Pattern.compile("(?i)\\b(?:(?:was|were)\\s+(?:\\w+\\s+)?(?:held|convened)|took place|"
            + "opened|lasted|kicked off)\\b");
    /**
     * "To implement the notice issued on August 20, the county held …": a date that belongs to a document or to a
     * time limit, not to the event the sentence reports.
     */
    private static final Pattern NOT_THE_EVENTS = Pattern.compile("(?i)\\b(?:issued|released|promulgated|published|"
            + "dated|adopted|approved|printed|since|until|till)\\s+(?:on\\s+)?$");
    /** "The next day, …", "Two days later, …": a day counted from the event the text reported before. */
    private static final Pattern DAYS_LATER = Pattern.compile("(?i)^(?:(?:on|in)\\s+)?(?:the\\s+(?:morning|afternoon|evening)"
            + "\\s+of\\s+)?(?:the\\s+(next|following|second|previous)\\s+(?:day|morning|afternoon|evening)"
            + "|the\\s+day\\s+(after|before)(?!\\s+yesterday)|(one|two|three|four|five|six|\\d)\\s+days\\s+later)\\b");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six");
    /**
     * A news agency's or paper's dateline opening the text: "BEIJING, June 9 (Xinhua) --" (the agency may have been
     * cleaned away with the credits), "Xinhua News Agency, Beijing, January 20.", "FUZHOU, Oct. 15th --",
     * "Chinanews.com, Fuzhou, 15 October --", "Fujian Daily, Fuzhou, October 15 (Reporter …) The governor …": the day
     * the report was filed, against which "on Wednesday" and "yesterday" in it are read.
     */
    private static final Pattern DATELINE = Pattern.compile("^\\s*(?<source>(?:Xinhua(?: News Agency)?|China News Service|CNS|"
            + "People's Daily|China Daily),\\s*[A-Z][\\w ]{1,30},\\s*|(?:[A-Z][\\w.'’ -]{1,40},\\s*){1,3})"
            + "(?:(?<month>" + DateExpressions.MONTH_NAMES + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?"
            + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>" + DateExpressions.MONTH_NAMES + ")\\.?)"
            + "(?:,\\s*(?<year>(?:19|20)\\d{2}))?\\s*(?<credit>\\([^)]{2,40}\\)\\s*)?"
            // a dash ends a dateline, or a stop or comma, or nothing before the text's first capital
            + "(?:(?<dash>--|–|—|-(?=\\s))|[.:,]?(?=\\s*[A-Z]))\\s*");
    /**
     * Without a dash, a dateline needs a sign that it is one: a place in capitals ("HEFEI, May 8 The …"), an agency's
     * or a paper's name, or a credit in brackets; "On Wednesday, May 8 the mayor …" and "Yesterday, May 8, …" open
     * the text itself.
     */
    private static final Pattern DATELINE_SOURCE = Pattern.compile("\\b\\p{Lu}{3,}\\b|\\b(?:Xinhua|CNS|Daily|News|Agency|"
            + "Times|Post|Net|Network|Press|Gazette)\\b|\\.(?:com|cn|net)\\b");

    private static final String DAY_WORDS = "(?:(?:" + DateExpressions.MONTH_NAMES + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + DateExpressions.MONTH_NAMES + ")\\b\\.?)(?:,?\\s+(?:19|20)\\d{2}\\b)?";
    /**
     * "held from January 5 to 7", "inspected the province from March 5 to April 5": the span of a session, a visit or
     * an inspection. When the same sentence gives its event a day of its own ("closed on the 7th", "at a meeting on
     * Tuesday"), that day is the event's, not the span's first.
     */
    private static final String SPAN_TO = "\\s*(?:-|–|—|to|and|through|until|till)\\s*";
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:from|between)\\s+(?:" + DAY_WORDS + SPAN_TO + "(?:" + DAY_WORDS
            + "|\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+(?:19|20)\\d{2}\\b)?)|\\d{1,2}(?:st|nd|rd|th)?" + SPAN_TO + DAY_WORDS + ")");
    /** A day the sentence gives with "on": "on the afternoon of the 7th", "on Tuesday", "on 16 May". */
    private static final Pattern ON_A_DAY = Pattern.compile("(?i)\\bon\\s+(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?"
            + "(?:" + DAY_WORDS + "|the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)");

    /** "On July 11, …", "From March 20 to 21, …", "Yesterday, …": a sentence that sets the day of what follows. */
    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^(?:(?:on|from|between|in|at)\\s+)?(?:the\\s+(?:morning|"
            + "afternoon|evening|night)\\s+of\\s+)?(?:(?:" + DateExpressions.MONTH_NAMES + ")\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:"
            + DateExpressions.MONTH_NAMES + ")\\b|the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|(?:19|20)\\d{2}\\s*[.\\-/]|yesterday|today|"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)");

    /** "Recently, …", "A few days ago, …": the text says it does not give the day. */
    private static final Pattern DAY_NOT_GIVEN = Pattern.compile("(?i)\\b(?:recently|a few days ago|some days ago|not long ago|"
            + "the other day|in recent days|lately|last week|this week|earlier this week|over the weekend|last weekend)\\b");

    /** A date and how sure we are of it. */
    public record Resolved(PartialDate date, double confidence) {}

    /**
     * @param sentence   the sentence that reports the event
     * @param published  the publication date, if the page states it
     * @param textYear   a year the report itself places its events in, when it has no publication date
     */
    public Optional<Resolved> resolve(String sentence, Optional<LocalDate> published, OptionalInt textYear) {
        Matcher span = SPAN.matcher(sentence);
        if (span.find()) {
            String withoutSpan = sentence.substring(0, span.start()) + " " + sentence.substring(span.end());
            if (ON_A_DAY.matcher(withoutSpan).find()) {
                Optional<Resolved> own = resolve(withoutSpan, published, textYear);
                if (own.isPresent()) {
                    return own;
                }
            }
        }
        Matcher n = NUMERIC.matcher(sentence);
        if (n.find()) {
            try {
                LocalDate numeric = LocalDate.of(Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)),
                        Integer.parseInt(n.group(3)));
                String rest = sentence.substring(n.end());
                // "2019-09-10 On the afternoon of September 7, …": the page's date left before the text, which
                // gives its own day in words; read that day against the page's date
                if (n.start() <= 1 && (MONTH_DAY.matcher(rest).find() || DAY_MONTH.matcher(rest).find())) {
                    // when the words give no day of the event (a document's date, "February 30"), the page's date
                    // is still the best there is, as it was before the words were read
                    return resolve(rest, published.isPresent() ? published : Optional.of(numeric), textYear)
                            .or(() -> Optional.of(new Resolved(PartialDate.of(numeric), 0.95)));
                }
                return Optional.of(new Resolved(PartialDate.of(numeric), 0.95));
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
                if (NOT_THE_EVENTS.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                    continue;
                }
                String yearText = m.group(3);
                // a range of days: the first when the meeting lasts them, only the month when it was one day of a visit
                Matcher rangeEnd = RANGE_END.matcher(sentence.substring(m.end()));
                Matcher rangeStart = RANGE_START.matcher(sentence.substring(Math.max(0, m.start() - 16), m.start()));
                boolean range = md ? rangeEnd.find() : rangeStart.find();
                if (range && !md) {
                    day = Integer.parseInt(rangeStart.group(1)); // "from 15 to 17 May": held from the 15th
                }
                if (range && md && yearText == null) {
                    Matcher y = YEAR_AFTER_RANGE.matcher(sentence.substring(m.end() + rangeEnd.end()));
                    yearText = y.find() ? y.group(1) : null;
                }
                boolean dayUnknown = range && VISIT.matcher(sentence).find() && !HELD_OVER.matcher(sentence).find();
                try {
                    if (dayUnknown) {
                        OptionalInt year = yearText != null ? OptionalInt.of(Integer.parseInt(yearText))
                                : published.map(pub -> OptionalInt.of(month > pub.getMonthValue() ? pub.getYear() - 1 : pub.getYear()))
                                .orElse(textYear);
                        return year.isPresent()
                                ? Optional.of(new Resolved(new PartialDate(year.getAsInt(), Optional.of(month), Optional.empty()), 0.7))
                                : Optional.empty();
                    }
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
            Matcher fixed = FIXED_DAY.matcher(sentence);
            if (fixed.find()) {
                LocalDate day = fixed.group(1).equalsIgnoreCase("Eve") ? LocalDate.of(pub.getYear(), 12, 31)
                        : LocalDate.of(pub.getYear(), 1, 1);
                return Optional.of(new Resolved(PartialDate.of(day.isAfter(pub) ? day.minusYears(1) : day), 0.8));
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
                String around = sentence.substring(Math.max(0, w.start() - 5), Math.min(sentence.length(), w.end() + 10));
                if (NEXT_WEEKDAY.matcher(around).find()) {
                    return Optional.empty(); // "next Tuesday": a day still to come
                }
                LocalDate day = LAST_WEEK.matcher(sentence).find()
                        // "on Tuesday last week": that day of the week before the report's
                        ? pub.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow))
                        // "last Tuesday": the one before the report's day, never the day itself
                        : LAST_WEEKDAY.matcher(around).find() ? pub.with(TemporalAdjusters.previous(dow))
                        : pub.with(TemporalAdjusters.previousOrSame(dow));
                return Optional.of(new Resolved(PartialDate.of(day), 0.7));
            }
            Matcher weekend = WEEKEND.matcher(sentence);
            if (weekend.find()) {
                // the weekend before the report's week when "last", else the latest one on or before the report
                LocalDate saturday = weekend.group(1) != null
                        ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(2)
                        : pub.plusDays(1).with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
                LocalDate sunday = saturday.plusDays(1);
                if (saturday.getMonthValue() == sunday.getMonthValue()) {
                    return Optional.of(new Resolved(new PartialDate(saturday.getYear(), Optional.of(saturday.getMonthValue()),
                            Optional.empty()), 0.7));
                }
                return Optional.empty();
            }
            Matcher rel = RELATIVE_MONTH.matcher(sentence);
            if (rel.find() && !NOT_THE_EVENTS_MONTH.matcher(sentence.substring(Math.max(0, rel.start() - 30), rel.start())).find()) {
                // "earlier this month", "at the end of last month": only the month is known
                LocalDate month = rel.group(1).equalsIgnoreCase("last") ? pub.minusMonths(1) : pub;
                return Optional.of(new Resolved(new PartialDate(month.getYear(), Optional.of(month.getMonthValue()),
                        Optional.empty()), 0.7));
            }
        }
        return Optional.empty();
    }

    /**
     * How many days after the event reported before this one the sentence places its own: "The next day, …" 1,
     * "Two days later, …" 2, "The day before, …" -1; empty when it does not count from another day.
     */
    public OptionalInt daysAfterPrevious(String sentence) {
        Matcher m = DAYS_LATER.matcher(sentence.strip());
        if (!m.find()) {
            return OptionalInt.empty();
        }
        if (m.group(1) != null) {
            return OptionalInt.of(m.group(1).equalsIgnoreCase("previous") ? -1 : 1);
        }
        if (m.group(2) != null) {
            return OptionalInt.of(m.group(2).equalsIgnoreCase("before") ? -1 : 1);
        }
        String n = m.group(3).toLowerCase(Locale.ROOT);
        return OptionalInt.of(Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n) + 1);
    }

    /**
     * True when the sentence opens with its day ("On the afternoon of July 11, …"): the day the narrative has reached,
     * unlike a date inside it ("Since the agreement was signed on 12 September 2021, …").
     */
    public boolean opensWithDate(String sentence) {
        return LEADING_DATE.matcher(sentence.strip()).lookingAt();
    }

    /** True when the sentence says its event took place "recently" or "a few days ago", without a day. */
    public boolean withoutDay(String sentence) {
        return DAY_NOT_GIVEN.matcher(sentence).find();
    }

    /** A news agency's dateline at the start of a text: the filing day, when its year can be known, and where it ends. */
    public record Dateline(Optional<LocalDate> date, int end) {}

    /**
     * The dateline the text opens with ("BEIJING, June 9 (Xinhua) --"), its day resolved against the publication date
     * (a dateline is never after the page's date), or against the year it writes.
     */
    public Optional<Dateline> dateline(String text, Optional<LocalDate> published) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find() || m.group("dash") == null && m.group("credit") == null
                && !DATELINE_SOURCE.matcher(m.group("source")).find()) {
            return Optional.empty();
        }
        boolean monthFirst = m.group("month") != null;
        int month = DateExpressions.month(monthFirst ? m.group("month") : m.group("month2"));
        int day = Integer.parseInt(monthFirst ? m.group("day") : m.group("day2"));
        String yearText = m.group("year");
        Optional<LocalDate> date = Optional.empty();
        try {
            if (yearText != null) {
                date = Optional.of(LocalDate.of(Integer.parseInt(yearText), month, day));
            } else if (published.isPresent()) {
                LocalDate d = LocalDate.of(published.get().getYear(), month, day);
                date = Optional.of(d.isAfter(published.get()) ? d.minusYears(1) : d);
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(date, m.end()));
    }

    /** "Also on Wednesday, …", "Also in the afternoon, …": a further event on a day the sentence gives. */
    private static final Pattern ALSO_ON = Pattern.compile("(?i)^(?:also|meanwhile|separately)\\s+(?:on|in|that|this)\\b");
    /** The adverbial a sentence opens with: up to its first comma, if that comes early. */
    private static final int OPENING_PHRASE = 60;

    /**
     * True when the sentence opens by moving the narrative to another event of the same or a counted day: "On the same
     * day, …", "Later in the same afternoon, …", "Before the meeting, …", "The next day, …", "Also on Wednesday, …". What
     * such a sentence says someone presided over or attended was held then, not a part of the event before.
     */
    public boolean opensAnotherEvent(String sentence) {
        String s = sentence.strip();
        int comma = s.indexOf(',');
        if (comma < 0 || comma > OPENING_PHRASE) {
            return false;
        }
        String opening = s.substring(0, comma + 1);
        return SAME_DAY.matcher(opening).find() || DAYS_LATER.matcher(opening).find() || ALSO_ON.matcher(opening).find();
    }

    /** True when the sentence refers back to the day of the event before it ("On the afternoon of the same day"). */
    public boolean refersToSameDay(String sentence) {
        return SAME_DAY.matcher(sentence.strip()).find();
    }
}
