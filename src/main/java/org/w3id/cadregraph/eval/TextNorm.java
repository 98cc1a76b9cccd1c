package org.w3id.cadregraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * score.py's normalisation of names, regions and titles, regex for regex.
 *
 * <p>Python's {@code \w}, {@code \s} and {@code \b} are Unicode-aware and not quite Java's (Python's
 * {@code \s} has U+001C–U+001F, its {@code \w} has no combining marks), so they are spelled out here.
 * Checked over every code point against Python 3.11: they differ only on characters that Java 17's
 * Unicode 13 has not assigned yet.
 */
final class TextNorm {
    private static final String WORD_CHARS = "\\p{L}\\p{N}_";
    private static final String SPACE_CHARS =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    private static final String W = "[" + WORD_CHARS + "]";
    private static final String S = "[" + SPACE_CHARS + "]";
    /** Python's {@code \b}: between a word character and something else (or an end of the text). */
    private static final String B = "(?:(?<=" + W + ")(?!" + W + ")|(?<!" + W + ")(?=" + W + "))";

    private static final Pattern DASH = Pattern.compile(S + "*-" + S + "*");
    private static final Pattern POSSESSIVE = Pattern.compile("'s" + B);
    private static final Pattern NOT_WORD_SPACE_DASH = Pattern.compile("[^" + WORD_CHARS + SPACE_CHARS + "-]");
    private static final Pattern SPACES = Pattern.compile(S + "+");
    private static final Pattern NAME_GLUE = Pattern.compile("[" + SPACE_CHARS + "'-]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern REGION_SUFFIX = Pattern.compile(B + "(zhuang|hui|uygur|uyghur|uighur)?" + S
            + "*(autonomous region|province|municipality|city|prefecture|county|district|region)$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(a|an|the) ");
    private static final Pattern ORG_SPLIT = Pattern.compile("[" + SPACE_CHARS + "-]+");

    /** Words left out of an organization before comparing (score.py's STOP). */
    private static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "s", "for", "in", "at", "on");

    /** A title split into its role and the content words of its organization. */
    record TitleParts(String role, List<String> orgWords) {}

    private TextNorm() {}

    /** Lower case, curly apostrophes straightened, possessive 's dropped, punctuation to spaces (score.py's norm). */
    static String norm(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        t = DASH.matcher(t).replaceAll("-");
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = NOT_WORD_SPACE_DASH.matcher(t).replaceAll(" ");
        // after this only single spaces are left as white space, so String.strip() is Python's strip()
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** A name with spaces, apostrophes and hyphens removed: "Shen Yuming" = "ShenYuming" (norm_name). */
    static String normName(String text) {
        return NAME_GLUE.matcher(norm(text)).replaceAll("");
    }

    /** A region name without "the" and up to two level suffixes: "Guangxi Zhuang Autonomous Region" → "guangxi". */
    static String normRegion(String text) {
        String t = LEADING_THE.matcher(norm(text)).replaceFirst("");
        for (int i = 0; i < 2; i++) {
            t = REGION_SUFFIX.matcher(t).replaceAll("").strip();
        }
        return t;
    }

    /** "Vice Minister of the Ministry of Education" → role "deputy minister", organization [ministry, education]. */
    static TitleParts splitTitle(String title) {
        // a plain substring replacement, as in score.py ("service " becomes "serdeputy " there too)
        String t = norm(title).replace("vice ", "deputy ");
        t = LEADING_ARTICLE.matcher(t).replaceFirst("");
        int of = t.indexOf(" of ");
        String role = (of < 0 ? t : t.substring(0, of)).replace("-", " ").strip();
        String org = of < 0 ? "" : t.substring(of + " of ".length());
        List<String> words = new ArrayList<>();
        for (String w : ORG_SPLIT.split(org)) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return new TitleParts(role, words);
    }

    /** F1 of the multiset overlap of two token lists; 0 when either is empty. */
    static double tokenF1(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> ca = counts(a);
        Map<String, Integer> cb = counts(b);
        int common = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            common += Math.min(e.getValue(), cb.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0.0;
        }
        double p = (double) common / a.size();
        double r = (double) common / b.size();
        return 2 * p * r / (p + r);
    }

    /**
     * How well a predicted title matches a gold one: the roles must be equal; strict matching also needs
     * the organizations' token F1 to reach 0.5 (and is that F1), unless the gold title has no organization.
     */
    static double titleMatch(String pred, String gold, boolean strict) {
        TitleParts p = splitTitle(pred);
        TitleParts g = splitTitle(gold);
        if (!p.role().equals(g.role())) {
            return 0.0;
        }
        if (!strict || g.orgWords().isEmpty()) {
            return 1.0;
        }
        double f = tokenF1(p.orgWords(), g.orgWords());
        return f >= 0.5 ? f : 0.0;
    }

    /** Python's {@code str.split()} of a normalised text: its words, none for an empty text. */
    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> c = new HashMap<>();
        words.forEach(w -> c.merge(w, 1, Integer::sum));
        return c;
    }
}
