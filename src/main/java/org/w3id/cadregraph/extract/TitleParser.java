package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.nlp.Nationalities;
import org.w3id.cadregraph.nlp.RoleWords;

/**
 * Splits a title phrase into posts, one role in one organization each, and distributes coordination:
 * "Secretary of the Party Group and Minister of the Ministry of Education" gives
 * "Secretary of the Party Group of the Ministry of Education" and "Minister of the Ministry of Education";
 * "Deputy Director, and First-level Inspector of the Department of Education of X" gives both roles the department.
 *
 * <pre>
 *   List&lt;TitleParser.Post&gt; posts = new TitleParser().parse("deputy secretary of CPC Committee of Dalian and mayor");
 * </pre>
 */
public final class TitleParser {
    /** Roles of reporters and editors: a person with one is a credit, not an official. */
    static final Set<String> CREDIT_ROLES = Set.of("reporter", "correspondent", "editor", "photographer", "auditor");
    /** Heads of governments: "deputy secretary of the municipal party committee and mayor" keeps "mayor" alone. */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("mayor", "governor", "premier", "vice-premier",
            "secretary-general", "general", "vice-governor", "vice-mayor");
    /** Roles that belong to a department, bureau or office: an orgless one takes its neighbour's body. */
    private static final Set<String> DEPARTMENT_ROLES = Set.of("director", "inspector", "chief", "director-general",
            "head", "commissioner");
    /** A body within a body, which the following post's organization completes. */
    private static final Pattern SUB_BODY = Pattern.compile(
            "(?i)^(the )?(leading )?(party (leadership |working |leading )?group|party committee|standing committee|"
                    + "leading party members' group|party working committee|discipline inspection commission)$");
    /** The noun that ends a body's name ("County Party Committee", "Municipal Government"). */
    private static final Pattern BODY_NOUN = Pattern.compile("(?i)committee|government|congress|bureau|department|commission|"
            + "office|cppcc|administration|group");
    /** Roles that a Party group or committee has: a bare one of them shares the next post's sub-body too. */
    private static final Pattern PARTY_BODY_OF = Pattern.compile("(?i)(?:the )?(?:leading )?(?:party (?:leadership |working |leading )?group"
            + "|party committee|leading party members' group|party working committee) of ");
    private static final Set<String> PARTY_GROUP_ROLES = Set.of("secretary", "member", "members", "secretaries");
    private static final Pattern ADMIN_BODY = Pattern.compile(
            "(?i).*\\b(department|bureau|ministry|office|commission|administration|agency|center|centre|institute)\\b.*");
    // "heads of departments" stays plural: the heads of several bodies, not a post of one
    private static final Pattern PLURAL_HEAD = Pattern.compile("(?i)\\b(" + RoleWords.PLURAL_HEADS + ")\\b"
            + "(?= of (?!(?-i:(?:the\\s+)?(?:[a-z-]+\\s+)*[a-z-]+s)$)|$)");
    /**
     * "then", "former", or a machine translation's rendering of 时任 ("then serving as"), before a post: words that date
     * it, no part of its label (the annotation guide drops them); the post is marked dated instead ({@link #isDated}).
     */
    private static final Pattern DATING = Pattern.compile("(?i)^(?:(?:time as|at that time|then serving as|then|serving as|former)\\s+)+");
    private static final Pattern DATED = Pattern.compile("(?i)^\\s*(?:time as|at that time|then|former)\\b");
    /**
     * "mayor of the city until last year", "director of the bureau since 2019": the words that date a post
     * end the title.
     */
    private static final Pattern DATING_TAIL = Pattern.compile("(?i)\\s+(?:until|since|till|during\\s+"
            + "(?:(?:the|his|her|their|that)\\s+)?(?:(?:19|20)\\d\\d|tenure|terms?|period|years?|time)|from (?:19|20)\\d\\d|"
            + "in (?:19|20)\\d\\d)\\b.*$");
    private static final Pattern CONNECTOR = Pattern.compile(" (of|for|at|to) ");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s+as well as\\s+|;\\s*");
    /**
     * "Department of Physical, Health and Arts Education", "minister of investment, industry and trade of X", "Secretary
     * for Innovation, Technology and Industry": a comma that lists the words of one body's name, in either case.
     */
    private static final Pattern NAME_ENUMERATION_BEFORE = Pattern.compile("\\b(?:of|for) (?:the )?(?:[A-Za-z][\\w-]* )*[A-Za-z][\\w-]*$");
    private static final Pattern NAME_ENUMERATION_AFTER = Pattern.compile("(?:[A-Za-z][\\w-]*, )*[A-Za-z][\\w-]* and [A-Za-z][\\w-]*");
    /**
     * "of the 11 communities", "of the three provincial CPPCCs", "of all offices and stations", "of the various
     * townships": a body counted or quantified in the plural is several bodies, and a role of theirs is a group of posts,
     * none of them the post of one person named with it. The number word is in lower case: "the Three Gorges Group" and
     * "the Two Rivers New Area" are names of one body.
     */
    private static final Pattern COUNTED_BODIES = Pattern.compile("^(?:(?i:the)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|dozens of|hundreds of|all(?: the)?|various)\\s+(?:[\\w'-]+\\s+)*?[\\w'-]+s\\b.*");
    /** "the Group's chairman", "Wuxi's vice mayor": a body, a possessive, a role of one to three words. */
    private static final Pattern POSSESSIVE_OWNER = Pattern.compile("((?:the )?(?:[\\p{Lu}][\\w-]* ){0,3}[\\p{Lu}][\\w-]*)['’]s "
            + "((?:[\\w-]+ ){0,2}[\\w-]+)");
    /** "education bureau director of X": a body in lower case, then its role. */
    private static final Pattern LOWER_CASE_BODY_ROLE = Pattern.compile("(?:[a-z'-]+ ){1,3}(?:bureau|committee|department|office|"
            + "commission|administration|court|procuratorate) (?=\\S)");
    /** A delegation or a visiting team is no office: its members take part in a visit, its head leads it. */
    private static final Pattern DELEGATION = Pattern.compile("(?i).*\\b(?:delegation|delegations)$");
    private static final Pattern LEADING_FILLER = Pattern.compile("(?i)^(?:(?:a|an|the|also|who is|who are|both|and|as well as|visiting)\\s+)+");

    /** One post: the full title, its role and its organization as written. */
    public record Post(String label, String role, Optional<String> organization) {}

    /** True when the word can open a role ("Deputy", "member", "Secretary-General"). */
    public static boolean isRoleStart(String word) {
        return RoleWords.isRoleStart(word);
    }

    public static boolean isHead(String word) {
        return RoleWords.isHead(word);
    }

    /** The posts in a phrase; empty when the phrase does not start with a role. */
    public List<Post> parse(String phrase) {
        String text = normalise(phrase);
        List<Parsed> pieces = new ArrayList<>();
        for (String piece : split(text)) {
            Parsed p = parsePiece(piece);
            if (p == null) {
                break; // "President of LVTC, and other leaders of LVTC": the title ended before this
            }
            if (!pieces.isEmpty() && !isPlural(pieces.get(0)) && isPlural(p)) {
                break; // "A, secretary of X, secretaries of village branches, …": other people's posts follow
            }
            if (p.org != null && COUNTED_BODIES.matcher(p.org).matches() || p.org == null && p.role.matches("(?i)deput(?:y|ies)")) {
                // "Directors of the 42 institutes" is no one's post; "deputies A, B and C" are deputies to a congress,
                // a mandate, not a post ("Deputy" alone names no role)
                break;
            }
            pieces.add(p);
        }
        distribute(pieces);
        List<Post> out = new ArrayList<>();
        for (Parsed p : pieces) {
            if (p.org != null && p.head().matches("members?") && DELEGATION.matcher(p.org).matches()) {
                continue; // "member of the delegation": taking part in a visit, no post
            }
            // "Director at the Department of Commerce" is the department's director, written as titles are: "of"
            String connector = p.connector.equals("at") ? "of" : p.connector;
            String label = p.org == null ? p.role : p.role + " " + connector + " " + p.org;
            out.add(new Post(label, p.role, Optional.ofNullable(p.org)));
        }
        return out;
    }

    /** Whether the phrase dates its post: "then Governor of …", "time as Chairman of …" (时任). */
    static boolean isDated(String phrase) {
        return DATED.matcher(phrase).find();
    }

    static String normalise(String phrase) {
        // "time as Chairman" (时任, "then serving as"): the words that date the post are no part of it
        return DATING_TAIL.matcher(DATING.matcher(phrase.replaceAll("\\s+", " ").strip()).replaceFirst("")).replaceFirst("")
                .replaceAll("(\\w) ?- (\\w)|(\\w) -(\\w)", "$1$3-$2$4")
                .replaceAll("[\\s,;:.]+$", "")
                .strip();
    }

    /** Splits at commas, "and" and "as well as" that are followed by the start of another role. */
    private static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        int start = 0;
        while (m.find()) {
            String rest = LEADING_FILLER.matcher(text.substring(m.end())).replaceFirst("");
            String[] nextWords = rest.isEmpty() ? new String[] {""} : rest.split("[\\s,]+");
            if (opensRole(nextWords)) {
                pieces.add(text.substring(start, m.start()));
                start = m.end();
            } else if (m.group().startsWith(",") && NAME_ENUMERATION_BEFORE.matcher(text.substring(0, m.start())).find()
                    && NAME_ENUMERATION_AFTER.matcher(text.substring(m.end())).lookingAt()) {
                continue; // "Department of Physical, Health and Arts Education": the comma lists words of one name
            } else if (m.group().contains(",") || m.group().contains("as well as")) {
                // A comma followed by something that is no role: the title phrase ends here.
                pieces.add(text.substring(start, m.start()));
                return pieces;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /**
     * Whether the words open another role: a role word ("deputy", "Director"), or a lower-case word that qualifies a
     * role word right after it ("political commissar", "chief procurator"): "secretary of the Party Committee and
     * political commissar of X" is two posts of X. A capitalised word before a role word is a body's name ("… of Culture
     * and Tourism Director Li").
     */
    private static boolean opensRole(String[] words) {
        if (isRoleStart(words[0])) {
            return true;
        }
        // four letters or more: "in charge of education" is no role
        return words.length > 1 && words[0].matches("\\p{Ll}[\\p{Ll}-]{3,}") && !BODY_NOUN.matcher(words[0]).matches()
                && isHead(words[1]);
    }

    private static final class Parsed {
        String role;
        String connector = "of";
        String org;
        /** The role was written in the plural ("secretaries of village branches"). */
        boolean plural;

        String head() {
            String[] w = role.toLowerCase(Locale.ROOT).split("[\\s]+");
            return w[w.length - 1];
        }
    }

    private static Parsed parsePiece(String raw) {
        Matcher owner = POSSESSIVE_OWNER.matcher(raw.strip());
        if (owner.matches() && isHead(owner.group(2).replaceAll(".*\\s", "")) && isRoleStart(owner.group(2).split("\\s+")[0])) {
            // "the Group's chairman", "Wuxi's mayor": the owner is the role's body
            Parsed p = new Parsed();
            p.role = singular(owner.group(2));
            p.plural = PLURAL_HEAD.matcher(owner.group(2)).find();
            p.org = owner.group(1);
            return p;
        }
        String piece = LEADING_FILLER.matcher(raw.strip()).replaceFirst("");
        if (piece.isEmpty()) {
            return null;
        }
        String[] words = piece.split(" ");
        if (!opensRole(words) && !Character.isUpperCase(words[0].charAt(0)) && !LOWER_CASE_BODY_ROLE.matcher(piece).lookingAt()) {
            return null;
        }
        Parsed p = new Parsed();
        Matcher of = CONNECTOR.matcher(piece);
        while (of.find()) {
            String before = piece.substring(0, of.start());
            String[] bw = before.split(" ");
            // "Chinese Ambassador to Laos": a short role may open with a proper adjective
            if (isHead(bw[bw.length - 1]) && (isRoleStart(bw[0]) || bw.length <= 3)) {
                p.plural = PLURAL_HEAD.matcher(before).find();
                p.role = singular(before);
                p.connector = of.group(1);
                p.org = piece.substring(of.end());
                return p;
            }
        }
        // No "of": "Deputy Director", "Provincial Party Secretary", "Liuzhou Deputy Mayor".
        if (!isHead(words[words.length - 1])) {
            return null;
        }
        int roleStart = words.length - 1;
        while (roleStart > 0 && isRoleStart(words[roleStart - 1]) && !BODY_NOUN.matcher(words[roleStart - 1]).matches()) {
            roleStart--;
        }
        String before = String.join(" ", Arrays.copyOfRange(words, 0, roleStart));
        if (roleStart > 0 && opensWithNationality(before)) {
            // "Kenyan Foreign Minister": a nationality is no body; a guest's title stays as written, and "Chinese" before
            // a Chinese official's post ("Chinese Premier") only says whose country it is
            String role = before.equals("Chinese") ? String.join(" ", Arrays.copyOfRange(words, roleStart, words.length)) : piece;
            p.plural = PLURAL_HEAD.matcher(role).find();
            p.role = singular(role);
            return p;
        }
        if (roleStart > 0) {
            // "Liuzhou Deputy Mayor" is the Deputy Mayor of Liuzhou; "county party committee secretary" the secretary
            // of the county party committee: the words before the role name its body
            String prefix = String.join(" ", Arrays.copyOfRange(words, 0, roleStart));
            String role = String.join(" ", Arrays.copyOfRange(words, roleStart, words.length));
            p.plural = PLURAL_HEAD.matcher(role).find();
            p.role = singular(role);
            p.org = BODY_NOUN.matcher(words[roleStart - 1]).matches() && !prefix.matches("(?i)the\\s.*") ? "the " + prefix : prefix;
            return p;
        }
        p.plural = PLURAL_HEAD.matcher(piece).find();
        p.role = singular(piece);
        return p;
    }

    /** "Kenyan", "South African Trade": a country's adjective, alone or before the field of the role. */
    private static boolean opensWithNationality(String words) {
        String[] w = words.split(" ");
        return Nationalities.isNationality(w[0]) || w.length > 1 && Nationalities.isNationality(w[0] + " " + w[1]);
    }

    private static boolean isPlural(Parsed p) {
        return p.plural;
    }

    /** Coordinated posts share organizations: a sub-body takes the next body, a bare department role its neighbour's. */
    private static void distribute(List<Parsed> pieces) {
        // "judge of the X Court and member of its judicial committee": "its" is the body of the post before
        for (int i = 1; i < pieces.size(); i++) {
            Parsed p = pieces.get(i);
            Parsed prev = pieces.get(i - 1);
            if (p.org != null && prev.org != null && p.org.regionMatches(true, 0, "its ", 0, 4)) {
                p.org = "the " + p.org.substring(4) + " of " + prev.org;
            }
        }
        // First a bare role takes the body of the role after it ("Deputy Director, and First-level Inspector of X"),
        // or a department role the body before it; then a sub-body ("the Party Group") is completed by the
        // body of the next role that has one.
        for (int i = pieces.size() - 1; i >= 0; i--) {
            Parsed p = pieces.get(i);
            if (p.org != null || GOVERNMENT_HEADS.contains(p.head())) {
                continue;
            }
            Parsed next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            Parsed prev = i > 0 ? pieces.get(i - 1) : null;
            if (next != null && next.org != null && !next.org.toLowerCase(Locale.ROOT).contains("leading group")) {
                // "Chairman and Secretary of the Party Leadership Group of X": the Party group is the secretary's; a
                // chairman or director heads X itself
                boolean partyRole = PARTY_GROUP_ROLES.contains(p.head());
                p.org = partyRole ? next.org : withoutPartyBody(next.org);
                p.connector = next.connector;
            } else if (prev != null && prev.org != null && DEPARTMENT_ROLES.contains(p.head())) {
                String body = mainBody(prev.org);
                if (ADMIN_BODY.matcher(body).matches()) {
                    p.org = body;
                }
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Parsed p = pieces.get(i);
            if (p.org == null || !SUB_BODY.matcher(lastSegment(p.org)).matches()) {
                continue;
            }
            for (int j = i + 1; j < pieces.size(); j++) {
                Parsed next = pieces.get(j);
                if (next.org != null && !SUB_BODY.matcher(lastSegment(next.org)).matches()) {
                    p.org = p.org + " of " + committeeOf(mainBodyOrSelf(next.org, p.org), p.org);
                    break;
                }
            }
        }
    }

    /**
     * A standing committee belongs to a committee: "Member of the Standing Committee and Minister of the
     * Organization Department of the X District Committee" is a member of the X District Committee's standing
     * committee, not of the department's.
     */
    private static String committeeOf(String nextOrg, String subBodyOrg) {
        if (!lastSegment(subBodyOrg).toLowerCase(Locale.ROOT).endsWith("standing committee")) {
            return nextOrg;
        }
        String rest = nextOrg;
        while (!rest.replaceFirst(" of .*", "").toLowerCase(Locale.ROOT).endsWith("committee") && rest.contains(" of ")) {
            rest = rest.substring(rest.indexOf(" of ") + 4);
        }
        return rest.replaceFirst(" of .*", "").toLowerCase(Locale.ROOT).endsWith("committee") ? rest : nextOrg;
    }

    /** The body to append to a sub-body: the next post's body, without repeating the sub-body itself. */
    private static String mainBodyOrSelf(String nextOrg, String subBodyOrg) {
        String last = lastSegment(subBodyOrg).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        String n = nextOrg.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return n.startsWith(last + " of ") ? nextOrg.substring(nextOrg.toLowerCase(Locale.ROOT).indexOf(" of ") + 4) : nextOrg;
    }

    private static String lastSegment(String org) {
        int k = org.lastIndexOf(" of ");
        return k < 0 ? org : org.substring(k + 4);
    }

    /** "the Party Leadership Group of the Provincial Department of Education" → "the Provincial Department of Education". */
    private static String mainBody(String org) {
        String rest = org;
        while (true) {
            int k = rest.indexOf(" of ");
            if (k < 0 || !SUB_BODY.matcher(rest.substring(0, k)).matches()) {
                return rest;
            }
            rest = rest.substring(k + 4);
        }
    }

    /** "the Party Leadership Group of CNNC" → "CNNC": a Party group or committee of a body left out, other sub-bodies kept. */
    private static String withoutPartyBody(String org) {
        Matcher m = PARTY_BODY_OF.matcher(org);
        return m.lookingAt() && m.end() < org.length() ? org.substring(m.end()) : org;
    }

    /** "Vice Secretaries of the Party Committee" → "Vice Secretary of the Party Committee": the head made singular. */
    static String singular(String title) {
        Matcher m = PLURAL_HEAD.matcher(title);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(RoleWords.singular(m.group(1))));
        }
        return m.appendTail(out).toString();
    }
}
