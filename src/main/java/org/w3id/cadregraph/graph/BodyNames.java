package org.w3id.cadregraph.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a body's name says about which body it is: the national ministry behind a short form ("MOE", or
 * "Education" in "Minister of Education"), the parent body a name gives ("Publicity Department of the CPC Dalian
 * Municipal Committee" is part of "CPC Dalian Municipal Committee"), and whether a name is generic
 * ("Publicity Department"), so that the same words in two cities are two bodies.
 *
 * <pre>
 *   BodyNames.canonical("Education", "Vice Minister");                        // "Ministry of Education"
 *   BodyNames.parent("Party Group of the Ministry of Education");           // "Ministry of Education"
 * </pre>
 */
public final class BodyNames {
    private BodyNames() {}

    /** Short forms of central bodies the genre writes, and the body's full English name. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("moe", "Ministry of Education"),
            Map.entry("ministry of education (moe)", "Ministry of Education"),
            Map.entry("the ministry of education", "Ministry of Education"),
            Map.entry("education ministry", "Ministry of Education"),
            Map.entry("chinese ministry of education", "Ministry of Education"),
            Map.entry("ndrc", "National Development and Reform Commission"),
            Map.entry("most", "Ministry of Science and Technology"),
            Map.entry("mof", "Ministry of Finance"),
            Map.entry("mohrss", "Ministry of Human Resources and Social Security"),
            Map.entry("miit", "Ministry of Industry and Information Technology"),
            Map.entry("mca", "Ministry of Civil Affairs"),
            Map.entry("mps", "Ministry of Public Security"));
    /** A minister's role with a field for a body ("Minister of Education"): the field names a ministry. */
    private static final Pattern MINISTER = Pattern.compile("(?i)^(vice |deputy )?minister$");
    private static final Pattern FIELD = Pattern.compile("(?i)^(education|finance|commerce|culture|justice|agriculture|"
            + "civil affairs|public security|state security|natural resources|ecology and environment|transport|"
            + "water resources|science and technology|veterans affairs|emergency management|foreign affairs|"
            + "national defense|human resources and social security|housing and urban-rural development|"
            + "industry and information technology|culture and tourism|agriculture and rural affairs)$");
    /** The head word of a body that can be part of another ("… Department of …", "… Party Group of …"). */
    private static final Pattern PART = Pattern.compile("(?i)(department|bureau|office|group|committee|commission|branch|"
            + "division|cent(er|re)|secretariat|presidium|leadership|school|institute|college)$");
    /** The head word of a body that can have parts. */
    private static final Pattern WHOLE = Pattern.compile("(?i)\\b(ministry|committee|commission|government|congress|"
            + "cppcc|conference|university|bureau|department|council|court|procuratorate|federation|association|"
            + "corporation|company|group|hospital|academy|administration|party of china|cpc|politburo|moe)\\b");
    private static final Pattern OF = Pattern.compile("\\s+(?:of|for)\\s+(?:the\\s+)?");
    /** "MOE Department of …": a short form in front names the parent. */
    private static final Pattern PREFIXED = Pattern.compile("^([A-Z]{2,6})\\s+(.+)$");
    /** Words of body names that name no particular body: a name made only of them is generic. */
    private static final Pattern GENERIC_WORDS = Pattern.compile("(?i)^(the|of|and|for|cpc|communist|party|committee|"
            + "standing|municipal|provincial|county|district|city|town|township|people's|people’s|government|congress|"
            + "department|bureau|office|commission|publicity|propaganda|organization|organisation|united|front|work|"
            + "working|discipline|inspection|political|legal|affairs|leading|leadership|group|education|sports|"
            + "culture|health|finance|public|security|civil|justice|development|reform|human|resources|social|"
            + "member|members|team|general|administration|administrative|management|branch|supervisory)$");
    private static final Pattern THE_PARTY = Pattern.compile("(?i)(the\\s+)?(cpc|party|communist\\s+party(\\s+of\\s+china)?)");
    /** Party bodies that belong to a party committee: their parent is the committee the official also serves on. */
    private static final Pattern PARTY_DEPARTMENT = Pattern.compile("(?i)^(publicity|propaganda|organization|organisation|"
            + "united front work) department$|^commission for discipline inspection$|^political and legal affairs commission$");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?i)\\b(cpc|party)\\b.*\\bcommittee\\b|^(municipal|provincial|"
            + "county|district) party committee$");

    /** The full name of the body a name stands for, given the role held in it. */
    public static String canonical(String name, String role) {
        String n = name.strip();
        String full = SHORT_FORMS.get(n.toLowerCase(Locale.ROOT));
        if (full != null) {
            return full;
        }
        if (MINISTER.matcher(role.strip()).matches() && FIELD.matcher(n).matches()) {
            return "Ministry of " + Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return n;
    }

    /** The parent body the name itself gives, canonical; empty when it gives none. */
    public static Optional<String> parent(String name) {
        Matcher prefixed = PREFIXED.matcher(name);
        if (prefixed.matches() && SHORT_FORMS.containsKey(prefixed.group(1).toLowerCase(Locale.ROOT))
                && PART.matcher(firstWords(prefixed.group(2))).find()) {
            return Optional.of(SHORT_FORMS.get(prefixed.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher of = OF.matcher(name);
        List<int[]> cuts = new java.util.ArrayList<>();
        while (of.find()) {
            cuts.add(new int[] {of.start(), of.end()});
        }
        // the first "of" with a part on its left ("Department of Personnel", "Party Group") and a body on its
        // right ("the Ministry of Education"): the immediate parent; "of Guangxi …" or "of Education" is no body
        for (int[] cut : cuts) {
            String left = name.substring(0, cut[0]);
            String right = name.substring(cut[1]);
            if (PART.matcher(firstWords(left)).find() && WHOLE.matcher(firstWords(right)).find() && !isField(right)) {
                return Optional.of(canonical(right, ""));
            }
        }
        return Optional.empty();
    }

    /** True when every word of the name is a word of body names in general, so the name alone names no body. */
    public static boolean isGeneric(String name) {
        String[] words = name.strip().split("\\s+");
        for (String w : words) {
            if (!GENERIC_WORDS.matcher(w).matches()) {
                return false;
            }
        }
        return words.length > 0;
    }

    /** The Communist Party of China itself ("CPC", "the Party"): one body, though its name is made of generic words. */
    public static boolean isTheParty(String name) {
        return THE_PARTY.matcher(name.strip()).matches();
    }

    /** A department of a party committee ("Publicity Department"): its parent is that committee. */
    public static boolean isPartyDepartment(String name) {
        return PARTY_DEPARTMENT.matcher(name.strip()).matches();
    }

    /** A party committee ("CPC Dalian Municipal Committee", "Municipal Party Committee"). */
    public static boolean isPartyCommittee(String name) {
        return PARTY_COMMITTEE.matcher(name.strip()).find() && !name.toLowerCase(Locale.ROOT).contains("standing committee");
    }

    private static boolean isField(String s) {
        return FIELD.matcher(s.strip()).matches();
    }

    private static String firstWords(String s) {
        Matcher of = OF.matcher(s);
        return of.find() ? s.substring(0, of.start()) : s;
    }
}
