package org.w3id.cadregraph.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's text into the article: repairs GBK mojibake, drops page chrome (breadcrumbs, hotlines,
 * counters, comment boxes, copyright), credits and bylines, repeated headlines, and everything glued on
 * after the article ends ("- END -", "Related news", "Next:"). Finds the headline and the publication date.
 *
 * <pre>
 *   Report report = new ReportCleaner().clean(new ReportReader(limit).read(file));
 * </pre>
 */
public final class ReportCleaner {
    /** A line from which on nothing belongs to the article. */
    private static final Pattern END_OF_ARTICLE = Pattern.compile("(?i)^(?:"
            + "[-—–=_*~\\s]*(?:END|THE END|完)[-—–=_*~\\s.]*"
            + "|\\(END\\)|\\[END\\]"
            + "|(?:related|recommended|more|hot|latest|previous|popular)\\s+(?:news|articles?|reading|stories|posts|reports)\\b.*"
            + "|you may also like.*"
            + "|(?:next|last|previous|prev)(?:\\s+(?:article|post|page|item))?\\s*[:：].*"
            + "|.*\\bcopyright\\b.*|.*\\ball rights? reserved\\b.*"
            + ")$");
    /** Lines of page furniture: navigation, counters, contact details, share and comment boxes. */
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:"
            + ".*(?:\\s»\\s|\\s>\\s|\\s->\\s|>>).*"
            + "|(?:home|homepage)\\b.{0,200}"
            + "|your (?:current )?(?:location|position)\\b.*"
            // the site greeting a visitor ("Welcome to the official website of …"), not a headline about a welcome
            + "|welcome to\\b.{0,120}?\\b(?:website|web site|portal|home ?page)\\b.*"
            + "|.*\\b(?:hotline|tel|telephone|fax|e-?mail|address|registration tel|consultation hotline|postcode|zip code)\\s*(?:number|address)?\\s*[:：].*"
            + "|.*\\b(?:number of visits|visits|views|pageviews|page views|browse|click|clicks|hits|visitor)\\s*[:：]?\\s*\\d*\\s*$"
            + "|.*\\byou are the .* visitor.*"
            + "|leave a (?:comment|reply).*|.*\\bakismet\\b.*|learn how your comment data.*"
            + "|share(?: to| this)?\\s*[:：]?.*|print\\s*(?:this)?\\s*(?:page)?|close(?: window)?|back to top|font size.*"
            + "|.*\\[\\s*font size.*|sitemap.*|contact us.*|about us.*|.*\\bicp\\b.*\\d+.*"
            + "|\\s*[•·|]+(?:\\s*[•·|]+)*\\s*"
            + ")$");
    /** Credits: the people named in them wrote, photographed, edited or audited the page. */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^\\s*(?:"
            + "(?:text|photo|photos|photograph|photographs|pictures?|video|words|report|reported|written|edited|reviewed|translated|proofread|typeset)\\s+(?:by|/)"
            + "|(?:photography|photographer|reporter|correspondent|special correspondent|editor|senior editor|chief editor|editor in charge|responsible editor|author|source|auditor|website auditor|department website auditor|college website auditor|reviewer|proofreader|translator|contributor|information sources?)\\b\\s*[:：|/]?"
            + "|by\\s+[A-Z][a-z]+\\s+[A-Z]?[a-z]*\\s*[/|].*"
            + ").*");
    /** An inline byline or photo credit in brackets, e.g. "(Reporter Ou Jinchang Special Correspondent Qin Ou)". */
    private static final Pattern INLINE_CREDIT = Pattern.compile("(?i)\\s*[(\\[（【](?:[^()\\[\\]（）【】]{0,300}?)"
            + "\\b(?:reporter|correspondent|text by|photo by|photos by|by\\s+[A-Z]|photo/|photo\\s*[:：]|xinhua|editor|written by|source\\s*[:：])"
            + "[^()\\[\\]（）【】]{0,300}[)\\]）】]");
    private static final String LINK_NOUN = "(?:news|articles?|reading|stories|posts|reports|links?)";
    /**
     * "【Related】 X attended …", "[Recommended] …": a line the page opens with a bracketed label of links is another
     * article's headline, however long, so the article ended before it.
     */
    private static final Pattern LINK_LABEL_START = Pattern.compile("(?i)\\s*[\\[【〖(（]\\s*(?:(?:related|recommended|read more|"
            + "further reading|extended reading|see also)(?:\\s+" + LINK_NOUN + ")?"
            // a generic word ("[Next] steps were discussed …") is a label only with its noun: "[More news]", "[Next article]"
            + "|(?:more|hot|latest|previous|next)\\s+" + LINK_NOUN + ")\\s*[\\]】〗)）]");
    /**
     * The words a page heads its lists of other articles with ("Most read", "Also in the news", "Hot topics:", "Related",
     * "Editor's picks"): a heading made of these words alone opens the links after the article, not a part of it.
     */
    private static final Set<String> LINK_LIST_WORDS = Set.of("related", "recommended", "recommendations", "more", "most",
            "top", "hot", "latest", "popular", "trending", "also", "further", "extended", "other", "editor's", "editors'",
            "editors", "picks", "choice", "read", "reads", "reading", "viewed", "shared", "commented", "see", "in", "on",
            "the", "of", "this", "today", "today's", "site", "week", "news", "stories", "story", "articles", "article",
            "reports", "posts", "links", "topics", "tags", "headlines");
    /** The words that make such a heading one: "the news" alone is not a heading of links, "other news" is. */
    private static final Set<String> LINK_LIST_QUALIFIERS = Set.of("related", "recommended", "recommendations", "most",
            "top", "hot", "latest", "popular", "trending", "also", "further", "extended", "other", "picks", "links", "tags");
    /**
     * A heading alone is a few words more than its qualifier ("Related", "Most read", "Most read stories of the week");
     * every word of it must still be one of the heading words.
     */
    private static final int LINK_LIST_HEADING_WORDS = 6;
    /**
     * "On November 19, …", "On the 19th, …": a paragraph that opens with its date reports an event of its own; after
     * "In other news:" it is more of the article, not a list of links to others.
     */
    private static final Pattern DATED_OPENING = Pattern.compile("(?i)^(?:on|in)\\s+(?:the\\s+)?(?:(?:January|February|"
            + "March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)\\b"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}\\b)");
    /** A footer line opens with its copyright, even when it is long enough to look like a sentence. */
    private static final Pattern FOOTER_START = Pattern.compile("(?i)\\s*(?:copyright|©|\\(c\\)|all rights reserved)");
    /** "… elected Tang Dengjie and others as chairmen_Yellow River News Network": the site's name glued to a headline. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*(?:_|\\s[|–—-]\\s)\\s*[A-Z][^_|]{1,60}?"
            + "(?:Network|News|Net|Daily|Online|Portal|Website|Web|Times|Post|Media|TV|Radio|Gazette)\\s*$");
    private static final Pattern MISSING_SPACE = Pattern.compile(",(?=\\p{IsLatin})");
    /**
     * The dot inside a transliterated Uyghur or Kazakh name ("Zumret·Obul", as Chinese writes 祖木热提·吾布力): a
     * space, so that the name reads as the two words it is written as elsewhere ("Zumret Obul").
     */
    private static final Pattern NAME_DOT = Pattern.compile("(?<=\\p{Ll})[·•・‧∙](?=\\p{Lu})");
    /**
     * The same dot with spaces around it in article prose ("Zumret · Obul", "Shohrat · Zakir"): still one name of two
     * words, not two list items. One dot between two capitalised words, not a chain of them ("Seats · Rostrum · 2024").
     */
    private static final Pattern SPACED_NAME_DOT = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(\\s+[·•・‧∙]\\s+)\\p{Lu}\\p{Ll}+\\b");
    private static final Pattern A_DOT = Pattern.compile("[·•・‧∙]");
    private static final Pattern HAS_LATIN = Pattern.compile("\\p{IsLatin}{2,}");

    /**
     * "2024-05-10 | Editor: Dawa | Source: Lakeside Daily": the page's date stamp opening its credit line, at the end
     * of the article as often as above it.
     */
    static boolean isDatedCredit(String line) {
        return DateExpressions.first(line).filter(f -> f.start() == 0)
                .map(f -> CREDIT_LINE.matcher(line.substring(f.end()).replaceFirst("^(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[|/·•]\\s*", ""))
                        .matches() && !line.substring(f.end()).isBlank())
                .orElse(false);
    }

    /**
     * "07.03.2024 | Politics | Xinhua", "2024-05-10 08:15 / Home / News": the page's date stamp with its section or
     * source after a separator. Never the headline, however many words follow.
     */
    static boolean isDatedStamp(String line) {
        return DateExpressions.first(line).filter(f -> f.start() == 0)
                .map(f -> line.substring(f.end()).matches("^(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[|/·•].*"))
                .orElse(false);
    }

    private final MojibakeRepair mojibake = new MojibakeRepair();
    private final GluedTextRepair glued = new GluedTextRepair();
    private final PublicationDateFinder dateFinder = new PublicationDateFinder();

    public Report clean(RawReport raw) throws BadReportException {
        String repaired = Normalizer.normalize(mojibake.repair(raw.text()), Normalizer.Form.NFKC)
                .replace('\u00A0', ' ').replace("\u200B", "").replace('\t', ' ');
        repaired = NAME_DOT.matcher(repaired).replaceAll(" ");
        List<String> lines = repaired.lines().map(String::strip).map(glued::repair)
                .map(l -> SITE_SUFFIX.matcher(l).replaceFirst("")).toList();

        List<String> header = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        List<String> body = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String title = raw.title().strip();
        boolean inBody = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (inBody && isLinkListHeading(line) && opensDatedParagraph(lines, i + 1)) {
                chrome.add(line); // "In other news:" over a paragraph of the article: the article goes on
                continue;
            }
            // Chrome and end markers are short lines: a sentence that mentions copyright or starts with "Home" stays.
            if (inBody && ((!isProse(line) || FOOTER_START.matcher(line).lookingAt()) && END_OF_ARTICLE.matcher(line).matches()
                    || LINK_LABEL_START.matcher(line).lookingAt() || isLinkListHeading(line))) {
                chrome.add(line);
                break;
            }
            if (!seen.add(line.toLowerCase(Locale.ROOT))) {
                continue; // a headline or caption repeated by the page layout
            }
            boolean prose = isProse(line);
            if ((!prose && (CHROME.matcher(line).matches() || CREDIT_LINE.matcher(line).matches() || isDatedCredit(line)))
                    || !HAS_LATIN.matcher(line).find()) {
                (inBody ? chrome : header).add(line);
                continue;
            }
            if (!inBody && !isProse(line)) {
                if (title.isEmpty() && words(line) >= 3 && !isDatedStamp(line)) {
                    title = line;
                } else {
                    header.add(line);
                }
                continue;
            }
            inBody = true;
            // Machine-translated pages drop the space after commas ("Meng Xiangwei,convener"); tokens need it.
            body.add(removeInlineCredits(joinSpacedNameDots(MISSING_SPACE.matcher(line).replaceAll(", "))));
        }
        if (body.isEmpty()) {
            // A page with only short lines (a headline-style report): keep them all as the text.
            body.addAll(header.stream().filter(l -> HAS_LATIN.matcher(l).find() && !CHROME.matcher(l).matches()
                    && !CREDIT_LINE.matcher(l).matches()).toList());
            if (body.isEmpty()) {
                throw new BadReportException(HAS_LATIN.matcher(repaired).find()
                        ? "no article text after removing page chrome"
                        : "no English text (cadregraph reads reports in English)");
            }
        }
        Optional<LocalDate> published = dateFinder.find(withTitle(title, header), chrome);
        if (title.isEmpty()) {
            title = body.get(0).length() > 200 ? body.get(0).substring(0, 200) : body.get(0);
        }
        List<String> context = new ArrayList<>(header);
        context.addAll(chrome);
        return new Report(raw.id(), raw.sourceFile(), raw.sha256(), title, published,
                String.join("\n", body), String.join("\n", context));
    }

    /**
     * "Most read", "Also in the news", "Hot topics: A; B", "Related: A | B": a line, or the label before its colon, made
     * only of the words pages head their lists of other articles with, one of them a qualifier ("most", "related",
     * "also", "hot"). A one-word heading is one only when the word says so by itself ("Related", "Recommended").
     */
    static boolean isLinkListHeading(String line) {
        int colon = line.indexOf(':');
        String label = (colon >= 0 ? line.substring(0, colon) : line).strip().toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        if (label.isEmpty() || (colon < 0 && isProse(line))) {
            return false;
        }
        List<String> words = List.of(label.split("\\s+"));
        if (words.size() > LINK_LIST_HEADING_WORDS || !LINK_LIST_WORDS.containsAll(words)
                || words.stream().noneMatch(LINK_LIST_QUALIFIERS::contains)) {
            return false;
        }
        return words.size() > 1 || Set.of("related", "recommended", "recommendations", "trending", "links", "tags")
                .contains(words.get(0));
    }

    /** True when the next non-empty line from {@code from} is a paragraph that opens with its date. */
    static boolean opensDatedParagraph(List<String> lines, int from) {
        return lines.stream().skip(from).filter(l -> !l.isBlank()).findFirst()
                .map(l -> isProse(l) && DATED_OPENING.matcher(l.strip()).lookingAt()).orElse(false);
    }

    /** "Zumret · Obul" → "Zumret Obul", where the two words are not part of a chain of dotted items. */
    private static String joinSpacedNameDots(String line) {
        Matcher m = SPACED_NAME_DOT.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String before = line.substring(Math.max(0, m.start() - 3), m.start());
            String after = line.substring(m.end(), Math.min(line.length(), m.end() + 3));
            if (A_DOT.matcher(before).find() || A_DOT.matcher(after).find()) {
                continue;
            }
            out.append(line, last, m.start(1)).append(' ');
            last = m.end(1);
        }
        return out.append(line.substring(last)).toString();
    }

    /** "On July 11 (Reporter Ou Jin), the forum" → "On July 11, the forum": no space is left before punctuation. */
    private static String removeInlineCredits(String line) {
        return INLINE_CREDIT.matcher(line).replaceAll(r -> r.end() < line.length()
                        && ",.;:!?".indexOf(line.charAt(r.end())) >= 0 ? "" : " ")
                .replaceAll(" {2,}", " ").strip();
    }

    private static List<String> withTitle(String title, List<String> header) {
        List<String> all = new ArrayList<>();
        all.add(title);
        all.addAll(header);
        return all;
    }

    /** Article prose: a long line, or one that reads as a sentence. */
    private static boolean isProse(String line) {
        int w = words(line);
        return w >= 25 || (w >= 6 && line.matches(".*[.!?。\"”]\\s*$"));
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.trim().split("\\s+").length;
    }
}
