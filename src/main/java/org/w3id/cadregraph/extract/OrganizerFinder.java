package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.nlp.RoleWords;

/**
 * Finds the bodies a sentence names as holding a meeting: "sponsored by X, undertaken by Y", "jointly held by X and
 * Y", "X held …". It keeps how each one takes part, because a sponsor's region covers its undertakers' while
 * bodies that hold a meeting jointly each host it.
 */
final class OrganizerFinder {
    /** Undertaking (承办) and co-organizing (协办) bodies work for the ones that hold the meeting. */
    private static final Pattern SUPPORTING_VERB = Pattern.compile("(?i)undertaken|co-organi[sz]ed|assisted");
    /** Beside a sponsor, "organized by" translates 承办 too: the body that does the work for the sponsor. */
    private static final Pattern ORGANIZED = Pattern.compile("(?i)organi[sz]ed");
    private static final Pattern ORGANIZED_BY = Pattern.compile("(?i)\\b(sponsored|undertaken|co-organized|co-organised|assisted|"
            + "organized|organised|co-hosted|hosted|held|convened|jointly held)"
            // "jointly held in Kunming by …": the place a translation puts between the verb and its agent
            + "(?:\\s+in\\s+(?-i:\\p{Lu})[\\w'’-]*(?:\\s+(?-i:\\p{Lu})[\\w'’-]*){0,2})?"
            + "\\s+by\\s+(?:the\\s+)?([A-Z][^,;.]*?)"
            + "(?=\\s*(?:,|;|\\.|$|\\s+and\\s+(?:co-|undertaken|organized|sponsored)|\\s+(?:on|in|at|was|were|took|opened|kicked)\\s))");
    /**
     * "The county government held …"; "Xinji Township, Tongbai County, held …": the region set off is where it lies;
     * "the provincial Development and Reform Commission and … held": a body named by what its region is, in lower case.
     */
    private static final Pattern ORG_SUBJECT = Pattern.compile("(?:^|,\\s*)(?:the\\s+)?((?:the\\s+)?"
            + "(?:(?:provincial|municipal|prefectural|county|district|city)\\s+)?[A-Z][^,;]*?)"
            + "(?:,\\s*[A-Z][\\w'’ -]*?\\s(?:County|District|City|Province|Prefecture)\\s*,)?\\s+"
            + "(?:held|convened|hosted|holds|convenes|hosts|jointly held)\\b");
    /**
     * "the Central … Inspection Team, which inspected the province in spring, gave feedback on its findings to the
     * provincial Party committee at a meeting held in …": a body whose act at a meeting is what the sentence reports
     * holds that meeting (one that only attends it does not). Only an act that makes the meeting: giving feedback,
     * reporting, briefing or informing at it; a body that "signed agreements at the conference" or "spoke highly of …
     * at a meeting" may only be there.
     */
    private static final Pattern ACTS_AT_MEETING = Pattern.compile("(?:^|,\\s*)(?:the\\s+)?([A-Z][^,;]*?\\b(?:Team|Group|"
            + "Committee|Commission|Government|Ministry|Department|Bureau|Office|Administration|Council|Congress|Prefecture|"
            + "County|District|City|Province|Region)(?:\\s+(?:on|of|for)(?:\\s+the)?(?:\\s+(?:and\\s+)?[A-Z][\\w'’-]*)+)?)"
            + "(?:,\\s*which\\s[^,;]*?,)?\\s+((?:gave|gives|give|delivered|provided|presented)\\s+(?:[\\w-]+\\s+){0,2}?feedback|fed back|"
            + "reported|reports|briefed|briefs|informed|informs|notified|notifies)\\b[^;.]*?\\bat\\s+(?:a|an|the)\\s+"
            + "(?:[\\w-]+\\s+){0,4}?(?:meeting|conference|symposium|forum|session)\\b");
    /** "…, the A Government and the B Group signed a framework agreement": bodies as the subject of a signing. */
    private static final Pattern SIGNING_BODIES = Pattern.compile("(?:^|,\\s*)(?:the\\s+)?([A-Z][^,;]*?)\\s+(?:jointly\\s+)?"
            + "signed\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,5}?(?:agreements?|memorand(?:um|a)|contracts?|protocols?|"
            + "letters? of intent)\\b");
    /** "CVCT, run by the Changshan County People's Government, and …": the government a school or company answers to. */
    private static final String RUN_BY_CLAUSE = ",\\s*(?:which is\\s+)?(?:run|administered|governed|managed|founded|established)"
            + "\\s+by\\s+(?:the\\s+)?([A-Z][^,;.]*?)\\s*(?=,)";
    private static final Pattern RUN_BY = Pattern.compile("(?i)" + RUN_BY_CLAUSE);
    private static final Pattern RUN_BY_WITH_COMMA = Pattern.compile("(?i)" + RUN_BY_CLAUSE + ",");
    private static final Pattern BODY = Pattern.compile("(?i).*\\b(ministry|department|bureau|administration|committee|commission|government|"
            + "office|secretariat|university|college|school|center|centre|council|association|group|system|congress|presidium|region|"
            + "province|city|municipality|county|district|town|township|subdistrict|federation|league|academy|institute|kindergarten|company|"
            + "corporation|ltd|agency|foundation|society|hospital|station|alliance|union|party|cpc|zone|area|team|prefecture|banner)\\b.*");
    private static final Pattern HELD_WITH = Pattern.compile("(?i)\\b(?:held|convened|hosted|holds|convenes)\\s+(?:a|an|the)\\s+"
            + "[^,;.]{0,60}?\\b(?:meeting|consultation|conference|talks|symposium|forum|session)\\s+with\\s+(?:the\\s+)?"
            + "([A-Z][^,;.]*?)(?=\\s+(?:on|in|at|to|alongside|for)\\b|\\s*[,;.(]|$)");
    /** A name does not end in a modifier: "Department of Vocational and Adult Education", "Shangrao economic and …". */
    private static final Pattern MODIFIER_END = Pattern.compile("\\p{Ll}.*|(?!Hospital$)\\p{L}+(?:al|ic|ive)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?(?=(?:the\\s+)?[A-Z])|\\s+and\\s+(?=(?:the\\s+)?[A-Z])");
    /** A body named in the plural for the regions that follow: "Party committees and governments of …". */
    private static final Pattern PLURAL_OF = Pattern.compile("(.*\\b(?i:committees|governments|congresses|departments|"
            + "bureaus|commissions|offices|administrations|authorities))\\s+of\\s+(?:the\\s+)?\\p{Lu}.*");
    /** The next region of a list: ", Jiangsu Province", " and Anhui Province". */
    private static final Pattern NEXT_REGION = Pattern.compile("(\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?"
            + "(\\p{Lu}[\\w'’-]*(?:\\s+\\p{Lu}[\\w'’-]*){0,3})");
    /** The next item of a by-list of bodies: ", the B Committee", " and the C Department". */
    private static final Pattern NEXT_BODY = Pattern.compile("(\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?(\\p{Lu}[^,;.]*?)"
            + "(?=\\s*(?:,|;|\\.|$)|\\s+(?:on|in|at|was|were|took|opened|kicked)\\s)");
    /** "Jiangxi Province", "Tongren City": a region set off by commas, not a body of it. */
    private static final Pattern REGION_ONLY = Pattern.compile("(?:\\p{Lu}[\\w'’-]*\\s+){1,3}(?:Province|City|County|District|"
            + "Prefecture|Municipality|Region|League|Banner)");
    /** "jointly held", "co-hosted": the subjects hold the event together, not meet each other. */
    private static final Pattern JOINTLY = Pattern.compile("(?i)\\b(?:jointly|co-?hosted|co-?sponsored)\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,}\\b");
    /** "Co., Ltd." and "No. 1" must not end a body's name at their comma or full stop; masked while matching. */
    private static final String[][] MASKS = {{"Co., Ltd.", "Co\u0001\u0002 Ltd\u0001"}, {"Co.,Ltd.", "Co\u0001\u0002Ltd\u0001"},
            {"No.", "No\u0001"}};
    /**
     * The pattern of the full names for a body named by its kind, made once per kind ("inspection team"). Per finder,
     * not static: the extractor's worker threads share one finder, hence a concurrent map.
     */
    private final Map<String, Pattern> fullNames = new ConcurrentHashMap<>();

    /** What ties a meeting to an event named before whatever day it is: the same venue, "during the expo". */
    private static final Pattern SAME_EVENT = Pattern.compile("(?i)\\b(?:at|in) the same (?:venue|place|site|hall)\\b"
            + "|\\bduring the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:expo|fair|festival|forum|conference|week|games|event|congress|summit)\\b");
    /** A part of an event ("the opening ceremony", "a sub-forum"), not a part of another one it names ("… of the tea festival"). */
    private static final Pattern PART_OF_EVENT = Pattern.compile("(?i)\\b(?:opening|closing|launch|signing|award|awards) "
            + "ceremony\\b(?!\\s+of\\b)|\\b(?:sub-?forums?|parallel (?:forums?|sessions?)|sub-?venues?)\\b");
    /** A sentence that reports an event taking place. */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:was|were) held\\b|\\btook place\\b|\\bopened\\b");
    /** When a sentence says something happened: "On May 8", "in April", "last week", "yesterday". */
    private static final Pattern DAY = Pattern.compile("(?i)\\b(?:(?-i:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)(?:\\s+\\d{1,2})?|last\\s+(?:week|month|year)|yesterday|\\d{4}-\\d{2}-\\d{2})\\b");
    /** Where: "in Beijing", "in Qingdao City". */
    private static final Pattern PLACE = Pattern.compile("(?<=\\bin\\s)(?!(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|the)\\b)\\p{Lu}[\\w'’-]+");

    /**
     * A body that holds a meeting.
     *
     * @param body       the body as the report names it
     * @param supporting it undertakes or co-organizes the meeting for others rather than holding it
     * @param runBy      the region whose government runs it, when the report says so
     * @param namedHost  the report names it as what holds the event ("co-hosted by X and Y", "X and Y jointly held"),
     *                   rather than as one of the sides that meet ("X and Y held talks", "X held a consultation with Y")
     */
    record Organizer(Organization body, boolean supporting, Optional<Region> runBy, boolean namedHost) {
        Organizer(Organization body, boolean supporting, Optional<Region> runBy) {
            this(body, supporting, runBy, false);
        }
    }

    /** A school or company and the government the report says runs it. */
    private record RunBy(String institution, String government) {}

    List<Organizer> find(String sentence, ReportRegions regions) {
        String text = mask(sentence);
        List<Organizer> out = new ArrayList<>();
        boolean sponsored = text.toLowerCase(Locale.ROOT).contains("sponsored by");
        Matcher by = ORGANIZED_BY.matcher(text);
        while (by.find()) {
            boolean supporting = SUPPORTING_VERB.matcher(by.group(1)).matches()
                    || (sponsored && ORGANIZED.matcher(by.group(1)).matches());
            for (String name : bodies(by.group(2))) {
                add(out, name, supporting, Optional.empty(), !supporting, regions);
            }
            List<String> shared = sharedByRegions(by.group(2), text.substring(by.end(2)), regions);
            for (String name : shared) {
                add(out, name, supporting, Optional.empty(), !supporting, regions);
            }
            if (shared.isEmpty()) {
                for (String name : restOfList(text.substring(by.end(2)))) {
                    add(out, name, supporting, Optional.empty(), !supporting, regions);
                }
            }
        }
        // "The MOE convened a consultation meeting with the Yunnan Provincial Government": both hold it
        Matcher with = HELD_WITH.matcher(text);
        while (with.find()) {
            for (String name : bodies(with.group(1))) {
                add(out, name, false, Optional.empty(), false, regions);
            }
        }
        // what runs a school is said in an appositive; read it, then drop it so that the subject reads whole
        List<RunBy> runBy = new ArrayList<>();
        Matcher run = RUN_BY.matcher(text);
        while (run.find()) {
            String before = text.substring(0, run.start());
            String institution = before.substring(before.lastIndexOf(',') + 1).strip();
            if (!institution.isEmpty()) {
                runBy.add(new RunBy(institution, run.group(1)));
            }
        }
        Matcher subject = ORG_SUBJECT.matcher(RUN_BY_WITH_COMMA.matcher(text).replaceAll(""));
        if (subject.find() && !namesAPerson(subject.group(1))) {
            for (String part : bodies(subject.group(1))) {
                Optional<Region> governing = runBy.stream()
                        .filter(r -> part.strip().endsWith(r.institution()) || r.institution().endsWith(part.strip()))
                        .findFirst().flatMap(r -> regions.regionOf(unmask(r.government())));
                add(out, part, false, governing, JOINTLY.matcher(subject.group()).find(), regions);
            }
        }
        if (out.isEmpty()) {
            // "the Jilin Provincial People's Government and China FAW Group signed a cooperation agreement": the bodies
            // that sign hold the signing (a company among them adds no region)
            Matcher signers = SIGNING_BODIES.matcher(text);
            if (signers.find() && !namesAPerson(signers.group(1))) {
                List<String> parts = bodies(signers.group(1));
                if (parts.stream().allMatch(part -> BODY.matcher(part).matches())) {
                    for (String part : parts) {
                        add(out, part, false, Optional.empty(), false, regions);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            Matcher acts = ACTS_AT_MEETING.matcher(text);
            if (acts.find() && !namesAPerson(acts.group(1)) && !RoleWords.isHead(acts.group(1).split("\\s+")[0])) {
                for (String part : bodies(acts.group(1))) {
                    add(out, part, false, Optional.empty(), false, regions);
                }
            }
        }
        return out;
    }

    /**
     * "convened by the X Committee and the Y Department", "A Government, B Development Zone and C University": a list
     * of bodies, unless a comma or "and" joins words of one name ("Department of Vocational and Adult Education",
     * "Economic and Technological Development Zone"): a body's name ends in a body's noun.
     */
    private static List<String> bodies(String phrase) {
        String text = phrase.strip();
        List<String> parts = new ArrayList<>();
        Matcher sep = LIST_SEPARATOR.matcher(text);
        int start = 0;
        while (sep.find()) {
            String part = text.substring(start, sep.start());
            String lastWord = part.substring(part.lastIndexOf(' ') + 1);
            if ((BODY.matcher(part).matches() || part.strip().matches("(?:the\\s+)?[A-Z]{2,}")) && !MODIFIER_END.matcher(lastWord).matches()) {
                parts.add(part.replaceFirst("^the\\s+", ""));
                start = sep.end();
            }
        }
        parts.add(text.substring(start).replaceFirst("^the\\s+", ""));
        // "University of Science and Technology (LUST)" is one body: a part must name a body, not only carry an acronym
        boolean allBodies = parts.stream().allMatch(p -> BODY.matcher(p).matches() || p.strip().matches("(?:the\\s+)?[A-Z]{2,}"));
        return allBodies ? parts : List.of(text);
    }

    /**
     * "the Party committees and governments of Shanghai Municipality, Jiangsu Province, Zhejiang Province and Anhui
     * Province": bodies named once in the plural for a list of regions are each region's own, as a title shared by a
     * list is each person's. Given the body up to the list's first comma and the text after it, the bodies of the
     * regions that follow ("Party committees and governments of Jiangsu Province", …).
     */
    private static List<String> sharedByRegions(String body, String rest, ReportRegions regions) {
        Matcher plural = PLURAL_OF.matcher(body.strip());
        if (!plural.matches()) {
            return List.of();
        }
        List<String> more = new ArrayList<>();
        Matcher next = NEXT_REGION.matcher(rest);
        boolean ended = false;
        while (!ended && next.lookingAt()) {
            String region = next.group(2);
            // the whole item names a region ("Jiangsu Province", "Anhui"), not a body in one ("Kunming University")
            boolean isRegion = regions.regionOf(region).filter(r -> region.equalsIgnoreCase(r.name())
                    || region.equalsIgnoreCase(r.shortName())
                    || r.aliases().stream().anyMatch(region::equalsIgnoreCase)).isPresent();
            if (!isRegion) {
                break;
            }
            more.add(plural.group(1) + " of " + region);
            ended = next.group(1).contains("and");
            next.region(next.end(), rest.length());
        }
        // a list ends in "and": without it the commas set off something else ("…, Changsha, on May 5")
        return ended ? more : List.of();
    }

    /**
     * "jointly held by the A Committee, the B Committee and the C Committee, and undertaken by …": the bodies after the
     * first comma of a by-list, given the text after the first. Every item must name a body, and the list must end in
     * "and", or the commas set off something else ("held by the A Bureau, Jiangxi Province, on May 5").
     */
    private static List<String> restOfList(String rest) {
        List<String> more = new ArrayList<>();
        Matcher next = NEXT_BODY.matcher(rest);
        boolean ended = false;
        while (!ended && next.lookingAt()) {
            List<String> parts = bodies(next.group(2));
            if (!parts.stream().allMatch(p -> BODY.matcher(p).matches() && !REGION_ONLY.matcher(p.strip()).matches())) {
                break;
            }
            more.addAll(parts);
            ended = next.group(1).contains("and") || parts.size() > 1;
            next.region(next.end(), rest.length());
        }
        return ended ? more : List.of();
    }

    /** "Provincial Party Secretary Wang Ning held …": a person with a title, not a body. */
    private static boolean namesAPerson(String subject) {
        String[] words = subject.strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (RoleWords.isHead(words[i]) && Character.isUpperCase(words[i + 1].charAt(0))
                    && !words[i + 1].matches("(?i)of|for|to")) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Organizer> out, String raw, boolean supporting, Optional<Region> runBy, boolean namedHost,
                            ReportRegions regions) {
        String name = unmask(raw.strip().replaceFirst("(?i)^the\\s+", ""));
        if (name.split("\\s+").length > 12 || !looksLikeBody(name)) {
            return;
        }
        if (out.stream().noneMatch(o -> o.body().name().equalsIgnoreCase(name))) {
            out.add(new Organizer(new Organization(name, regions.regionOf(name)), supporting, runBy, namedHost));
        }
    }

    private static boolean looksLikeBody(String name) {
        return BODY.matcher(name).matches() || ACRONYM.matcher(name).find();
    }

    private static String mask(String text) {
        for (String[] m : MASKS) {
            text = text.replace(m[0], m[1]);
        }
        return text;
    }

    private static String unmask(String text) {
        for (String[] m : MASKS) {
            text = text.replace(m[1], m[0]);
        }
        // a masked name cut at its mask's end ("Co\u0001\u0002 Ltd" without the final mark)
        return text.replace("\u0001", ".").replace("\u0002", ",");
    }

    /**
     * The bodies that an earlier sentence tied to the given one says hold something: what a meeting whose own sentence
     * names no holder is part of, or none. It is the nearest earlier sentence that names holders: "at the same venue"
     * or "during the expo" ties the two whatever their days ("the launch meeting jointly held by A and B … the summary
     * meeting was held at the same venue"); otherwise that sentence must give no other day and no other place ("On May
     * 8, the ministry held a press conference in Beijing. On May 9, a symposium was held in Dali" are two events), and,
     * unless the meeting is a part of an event ("the opening ceremony", "a sub-forum"), no other event held in between.
     */
    List<Organizer> heldBefore(List<String> sentences, int index, ReportRegions regions) {
        int last = Math.min(index, sentences.size());
        String own = last < sentences.size() ? sentences.get(last) : "";
        boolean tied = SAME_EVENT.matcher(own).find();
        boolean part = PART_OF_EVENT.matcher(own).find();
        for (int i = last - 1; i >= 0; i--) {
            String before = sentences.get(i);
            List<Organizer> found = find(before, regions);
            if (!found.isEmpty()) {
                return tied || !(differ(DAY, before, own) || differ(PLACE, before, own)) ? found : List.of();
            }
            if (!tied && !part && HELD.matcher(before).find()) {
                break; // another event, held by no one the report names
            }
        }
        return List.of();
    }

    /** Both sentences say when (or where), and not the same. */
    private static boolean differ(Pattern what, String a, String b) {
        Set<String> x = all(what, a);
        Set<String> y = all(what, b);
        return !x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y);
    }

    private static Set<String> all(Pattern what, String text) {
        Set<String> out = new HashSet<>();
        Matcher m = what.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return out;
    }

    /**
     * A body the sentence names only by its kind ("the inspection team held …") is the one the report named in full
     * before ("the No. 4 Central Environmental Protection Inspection Team stationed in …"), as a short mention of a
     * person is the person named before: the last capitalized name before that ends in the same words.
     */
    List<Organizer> namedInFull(List<Organizer> organizers, String before, ReportRegions regions) {
        List<Organizer> out = new ArrayList<>();
        for (Organizer o : organizers) {
            String name = o.body().name();
            if (!name.matches("[a-z][a-z ]*[a-z]")) {
                out.add(o);
                continue;
            }
            Matcher full = fullNames.computeIfAbsent(name, OrganizerFinder::fullNameOf).matcher(before);
            String last = null;
            while (full.find()) {
                last = full.group().replaceFirst("^The\\s+", "");
            }
            out.add(last == null ? o : new Organizer(new Organization(last, regions.regionOf(last)), o.supporting(), o.runBy(), o.namedHost()));
        }
        return out;
    }

    /** "inspection team": a capitalized name that ends in "Inspection Team", with what may follow it ("… on Work Safety"). */
    private static Pattern fullNameOf(String kindName) {
        StringBuilder kind = new StringBuilder();
        for (String w : kindName.split(" ")) {
            kind.append(kind.isEmpty() ? "" : "\\s+").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return Pattern.compile("(?:(?:No\\.\\s?)?[A-Z0-9][\\w'’.-]*\\s+(?:(?:and|of|for|on)\\s+)?)+" + kind
                + "\\b(?:\\s+(?:on|for|of)(?:\\s+the)?(?:\\s+(?:and\\s+)?[A-Z][\\w'’-]*)+)?");
    }

    /** True when the sentence names who holds, sponsors or undertakes a meeting. */
    static boolean namesOrganizer(String sentence) {
        return ORGANIZED_BY.matcher(sentence).find();
    }

    /** Whether bodies are the subject of a signing in the sentence ("the A Government and the B Group signed an agreement"). */
    static boolean namesSigningBodies(String sentence) {
        Matcher m = SIGNING_BODIES.matcher(mask(sentence));
        return m.find() && bodies(m.group(1)).stream().allMatch(part -> BODY.matcher(part).matches());
    }
}
