package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.nlp.AnnotatedReport;
import org.w3id.cadregraph.nlp.Mention;
import org.w3id.cadregraph.nlp.Nationalities;
import org.w3id.cadregraph.nlp.RoleWords;
import org.w3id.cadregraph.nlp.Sentence;
import org.w3id.cadregraph.nlp.TitledNameFinder;
import org.w3id.cadregraph.nlp.Token;

/**
 * Finds the people of a report and the titles the text gives them: appositives after the name
 * ("Huai Jinpeng, Secretary of the Party Group and Minister of the Ministry of Education,"), titles before it
 * ("Deputy Mayor Lu Liuping", "Chairman of the Linyi Municipal Committee of the CPPCC Xu Tao"), a plural title
 * before a list ("The executive chairmen of the presidium, A, B and C") and "both of whom are members of …".
 * Credits (reporters, photographers, editors) are left out. Later short mentions ("Minister Huai", "Huai")
 * resolve to the full name.
 */
final class OfficialFinder {
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:reporter|correspondent|photography|photographer|editor|auditor|author)"
                    + "|\\b(?:photo|photos|text|words|video|pictures?|translated|reviewed|edited|proofread|written)\\s+by)"
                    + "\\s*[:：|/]?\\s*$");
    private static final Pattern APPOSITIVE_STOP = Pattern.compile(
            "(?i)(attended|attend|attending|presided|chaired|hosted|delivered|gave|made|signed|said|says|pointed|stressed|"
                    + "emphasized|emphasised|participated|led|leads|accompanied|visited|expressed|introduced|summarized|"
                    + "reported|was|were|is|are|has|have|had|will|would|jointly|respectively|together|met|meets|"
                    + "spoke|addressed|praised|encouraged|thanked|extended|came|went|represented|inspected|investigated|"
                    + "conveyed|announced|noted|called|urged|required|affirmed|explained|makes|delivers|dispatched|"
                    + "seconded|took|sat|presented|answered|unveiled|sent|briefed)");
    private static final Pattern PLURAL_ROLE_LIST = Pattern.compile(
            "(?i)^(?:.*(?:[,;:]|\\bwith|\\bincluding|\\band|\\bby|\\bwere|\\bas)\\s+)?(?:the\\s+)?((?:[\\w-]+\\s+){0,3}?"
                    + "(?:" + RoleWords.PLURAL_HEADS + ")(?:\\s+of\\s+[^;:]+?)?)\\s*,?\\s*$");
    /** "of the X committee, the Y office and the Z committee": a title's body that is a list of bodies. */
    private static final Pattern SEVERAL_BODIES = Pattern.compile("(?i)\\bof\\s+[^,]+(?:,\\s+(?!including\\b|such as\\b|and\\b)[^,]+)+"
            + ",?\\s+and\\s+the\\s+");
    /**
     * A verb that gives posts, earlier in the same clause: "decided to appoint A as X, B as Y", "elected A and others as
     * …", "approved the appointment of A as …". The names it governs are each followed by "as".
     */
    static final Pattern APPOINTING_BEFORE = Pattern.compile("(?i)\\b(?:elect|elects|elected|appoint|appoints|appointed|"
            // "named after the educator X" gives a name to a thing, no post to anyone
            + "name|names|named|nominate|nominates|nominated|appointments? of)\\b(?!\\s+after\\b)[^;:.]*$");
    /** A verb that takes a post away, earlier in the same clause: "decided to remove A from the post of X". */
    private static final Pattern REMOVING_BEFORE = Pattern.compile("(?i)\\b(?:remove|removes|removed|dismiss|dismisses|dismissed|"
            + "relieve|relieves|relieved|removals? of)\\b[^;:.]*$");
    private static final Pattern AS_AFTER_ACTIVE = Pattern.compile("(?i)\\s+(?:and others\\s+)?as\\s+(?:the\\s+|a\\s+|an\\s+)?"
            + "([^;.()]+?)\\s*(?=[;.()]|$)");
    private static final Pattern FROM_POST_AFTER = Pattern.compile("(?i)\\s+(?:from|of)\\s+(?:the\\s+|his\\s+|her\\s+)?"
            + "(?:posts?|positions?|offices?)\\s+(?:of|as)\\s+(?:the\\s+|a\\s+|an\\s+)?([^;.()]+?)\\s*(?=[;.()]|$)");
    /**
     * "A was elected X", "A is appointed X", "A no longer serves as X" (a post held until now is still a post the report
     * gives).
     */
    private static final Pattern AS_AFTER_PASSIVE = Pattern.compile("(?i)\\s+(?:(?:is|are|was|were|has been|have been|had been)\\s+"
            + "(?:elected|appointed|named|nominated)(?:\\s+as)?|no longer serves? as|ceased? to serve as)\\s+"
            + "(?:the\\s+|a\\s+|an\\s+)?([^;.()]+?)\\s*(?=[;.()]|$)");
    /**
     * "A was elected X, and B Y": the second name of a clause of appointments, its verb left out, followed at once by its
     * post.
     */
    private static final Pattern ELLIPTIC_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were)\\s+(?:elected|appointed)\\b[^;:.]*"
            + "(?:,\\s*and|,|\\band)\\s*$");
    /**
     * "Yu Min is chairperson of the Standing Committee of …", "Xu Ming, born in 1962, previously served as governor of …":
     * a post stated of a name.
     */
    private static final Pattern COPULA_AFTER = Pattern.compile("(?i)(?:\\s*,\\s*born in [^,;.]{1,30},)?\\s+(?:is|was|"
            + "(?:(?:previously|formerly|once|has|had)\\s+)?served as)\\s+(?:also\\s+)?(?:the\\s+|a\\s+|an\\s+)?"
            + "([^;.()]+?)\\s*(?=[;.()]|$)");
    /** "… when the first students came", "… before he was transferred": a clause of time or cause after a post. */
    private static final Pattern NEXT_CLAUSE = Pattern.compile("(?i)\\s+(?:when|while|whereas|because|until|before|after)"
            + "\\s+(?:the|a|an|he|she|they|it|his|her|their|its|\\p{Lu})");
    /** "head of a family", "member of an orchestra": a role in some body, not a post in one. */
    private static final Pattern OF_INDEFINITE_BODY = Pattern.compile("(?i)^(?:[\\w-]+\\s+){1,3}?of\\s+(?:a|an)\\s");
    /** "… and spoke at the symposium": a second verb of the sentence's subject. */
    private static final Pattern AND_NEXT_VERB = Pattern.compile("(?i)\\s+and\\s+"
            + APPOSITIVE_STOP.pattern().replaceFirst("^\\(\\?i\\)", "") + "\\b");
    private static final Pattern ELLIPTIC_AFTER = Pattern.compile("\\s+(?:the\\s+)?(\\p{Ll}[^;.()]+?)\\s*(?=[;.()]|$)");
    /** "a delegation of the Legislative Assembly of X led by its President": the body "its" stands for. */
    private static final Pattern LED_BY_ITS = Pattern.compile("(?i)\\b(?:delegation|team|group)\\s+(?:of|from)\\s+"
            + "((?:the\\s+)?\\p{Lu}[^,;()]*?)\\s+(?:led|headed)\\s+by\\s+its\\s*$");
    private static final Pattern OF_WHOM = Pattern.compile("(?i)\\b(?:both|all) of whom (?:are|were) (.+?)(?:[.;]|$)");
    private static final Set<String> PRE_NAME_BOUNDARY = Set.of(",", ";", ":", ".", "and", "by", "including", "were", "was",
            "with", "from", "(", "that", "while", "as");

    /** People the text introduces as teachers, students, award winners or representatives of such groups. */
    private static final String NON_OFFICIAL_NOUNS = "teachers?|students?|pupils?|parents?|winners?|awardees?|volunteers?|"
            + "athletes?|experts?|scholars?|alumni|graduates?|workers?|villagers?|residents?|children|educators?|representatives?";
    private static final Pattern NOT_OFFICIAL_APPOSITIVE = Pattern.compile("(?i)^(?:a|an|the)?\\s*(?:[\\w-]+\\s+){0,3}?(?:"
            + NON_OFFICIAL_NOUNS + ")\\b");
    private static final Pattern NON_OFFICIAL_INTRO = Pattern.compile("(?i)\\b(?:" + NON_OFFICIAL_NOUNS
            + ")(?:\\s+of\\s+(?:the\\s+)?[\\w\\s-]{0,60}?)?\\s*,?\\s*(?:including\\s+|such as\\s+)?$");

    /** " of the provincial CPPCC" after a list's last name, up to a comma, "and", a verb or the end of the sentence. */
    private static final Pattern BODY_AFTER_LIST = Pattern.compile("(?i)\\s+(of\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,6}?"
            + "(?:committee|government|congress|cppcc|npc|bureau|department|commission|office|administration|court|"
            + "procuratorate|ministry|university|school))(?=\\s*(?:[,;.]|and\\b|$)|\\s+(?:\\p{Ll}+ed|were|are|was|is)\\b)");

    private static final Pattern PLURAL_APPOSITIVE = Pattern.compile(
            "(?i)^(?:both\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}?(?:members|chairmen|secretaries|directors|mayors|governors)\\b");

    /** Surnames that are also English words: alone, they are a short mention only after a title. */
    private static final Set<String> ENGLISH_WORD_SURNAMES = Set.of("He", "An", "Long", "Man", "Ban", "Fan", "Bang",
            "Hang", "Ye", "Mo", "Di", "Bi", "Ai", "Ba", "Pi", "Mi");

    /** Lower-case words of bodies that a title before a name may contain ("secretary-general of the municipal government"). */
    private static final Set<String> BODY_WORDS = Set.of("government", "committee", "bureau", "department", "office",
            "commission", "congress", "people's", "party", "standing", "town", "township", "village", "education",
            "group", "leading", "work", "working", "cppcc", "npc");

    private static final Pattern BODY_NOUN_IN_LOWER_CASE = Pattern.compile("bureau|committee|department|office|commission|"
            + "administration|court|procuratorate");
    /** A body named in lower case: "education bureau", "the public security bureau". */
    private static final Pattern LOWER_CASE_BODY = Pattern.compile("(?:the )?(?:[a-z'-]+ )*(?:" + BODY_NOUN_IN_LOWER_CASE.pattern() + ")");

    /** What may stand before a list of titles that opens a clause: a full stop, a colon, "by", "with". */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("[.;:(]|by|with|including|were|was");

    private final TitleParser titleParser = new TitleParser();
    private final Predicate<String> isChineseSurname;

    OfficialFinder(Predicate<String> isChineseSurname) {
        this.isChineseSurname = isChineseSurname;
    }

    /** A person found in the report, before the decision whether they act in an official capacity. */
    static final class Person {
        final String key;
        String name;
        final List<String> variants = new ArrayList<>();
        /** How often each spelling of the full name occurs. */
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        final Map<String, Title> titles = new LinkedHashMap<>();
        final List<PersonMention> mentions = new ArrayList<>();
        boolean credit;
        /** Introduced as a teacher, student or representative: named at the meeting, but not an official. */
        boolean notOfficial;
        double confidence;

        Person(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }

    /** A person with a title written before the name and no body after it, in a list that may end with the body. */
    private record TitledName(Person person, String title) {}

    /** A surname alone, resolved to a person; {@code afterToken} is where an appositive title would start. */
    private record ShortMention(Person person, Sentence sentence, int afterToken) {}

    /** Every person of the report, keyed by identity, and every mention of them in order. */
    record Result(Map<String, Person> persons, List<PersonMention> mentions) {}

    Result find(AnnotatedReport annotated, ReportRegions regions) {
        String text = annotated.report().text();
        Map<String, Person> persons = new LinkedHashMap<>();
        List<PersonMention> mentions = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            List<TitledName> titledRun = new ArrayList<>();
            int titledRunEnd = 0;
            for (int k = 0; k < s.persons().size(); k++) {
                Mention m = s.persons().get(k);
                Person named = bySurnameAlone(persons, m.name());
                Person p = named != null ? named : personFor(persons, m.name());
                if (named == null) {
                    p.spellings.merge(m.name(), 1, Integer::sum);
                }
                p.confidence = Math.max(p.confidence, m.probability());
                PersonMention pm = mention(p.key, s, m.startToken(), m.endToken());
                mentions.add(pm);
                p.mentions.add(pm);
                String before = text.substring(s.start(), pm.start());
                if (CREDIT_BEFORE.matcher(before).find()) {
                    p.credit = true;
                    continue;
                }
                int nextStart = k + 1 < s.persons().size() ? s.persons().get(k + 1).startToken() : s.tokens().size();
                int previousEnd = k > 0 ? s.persons().get(k - 1).endToken() : 0;
                PreTitle pre = preNameTitle(s, m.startToken(), previousEnd, regions);
                String preTitle = pre.text();
                String after = appositive(s, m.endToken(), nextStart, text);
                if (!preTitle.isEmpty() && after.isEmpty()) {
                    String ofOrg = ofPhrase(s, m.endToken(), nextStart, text);
                    if (ofOrg.isEmpty()) {
                        ofOrg = ledByIts(s, pre.startToken(), text);
                    }
                    addTitles(p, preTitle + ofOrg, s, regions, 0.85);
                    if (!ofOrg.isEmpty()) {
                        // "Party Secretary Zheng E, President Gong Huili and Vice President Meng Fanhua of CNU": the
                        // body written once after a list of titles belongs to each of them
                        for (TitledName earlier : titledRun) {
                            addTitles(earlier.person(), earlier.title() + ofOrg, s, regions, 0.8);
                        }
                    }
                } else if (!preTitle.isEmpty()) {
                    addTitles(p, preTitle, s, regions, 0.85);
                }
                if (preTitle.isEmpty() && after.isEmpty() && k == 0) {
                    String lead = leadingTitle(s, m.startToken(), regions, text);
                    if (!lead.isEmpty()) {
                        addTitles(p, lead, s, regions, 0.8);
                    }
                }
                boolean runGoesOn = !preTitle.isEmpty() && after.isEmpty() && (titledRun.isEmpty()
                        || onlyListSeparators(s, titledRunEnd, pre.startToken()));
                if (!runGoesOn) {
                    titledRun.clear();
                }
                if (!preTitle.isEmpty() && after.isEmpty() && ofPhrase(s, m.endToken(), nextStart, text).isEmpty()
                        && titleParser.parse(preTitle).stream().allMatch(post -> post.organization().isEmpty())) {
                    titledRun.add(new TitledName(p, preTitle));
                    titledRunEnd = m.endToken();
                }
                if (!after.isEmpty()) {
                    addTitles(p, after, s, regions, 0.9);
                    if (PLURAL_APPOSITIVE.matcher(after).find()) {
                        // "Yan Lihua and Guo Shuren, members of the Party Leadership Group …": each is a member
                        for (int j = k - 1; j >= 0 && onlyListSeparators(s, s.persons().get(j).endToken(),
                                s.persons().get(j + 1).startToken()); j--) {
                            addTitles(personFor(persons, s.persons().get(j).name()), after, s, regions, 0.8);
                        }
                    }
                }
                if (NOT_OFFICIAL_APPOSITIVE.matcher(after).find() || introducedAsNonOfficials(s, k, text)) {
                    p.notOfficial = true;
                }
                String elected = appointedAs(s, k, text);
                if (!elected.isEmpty()) {
                    addTitles(p, elected, s, regions, 0.75);
                }
                String listTitle = listTitle(s, k, text);
                // "Vice mayors A and B, and C, secretary-general of …": a name with a post of its own set off after it
                // ends the list the plural title governs
                boolean ownPost = !after.isEmpty() && !titleParser.parse(after).isEmpty()
                        && !PLURAL_APPOSITIVE.matcher(after).find();
                if (!listTitle.isEmpty() && !ownPost) {
                    addTitles(p, listTitle, s, regions, 0.75);
                }
            }
            Matcher whom = OF_WHOM.matcher(s.text());
            if (whom.find()) {
                int at = s.start() + whom.start();
                for (Mention m : s.persons()) {
                    if (s.tokens().get(m.endToken() - 1).end() <= at) {
                        addTitles(personFor(persons, m.name()), whom.group(1), s, regions, 0.75);
                    }
                }
            }
        }
        List<ShortMention> shortAppositives = new ArrayList<>();
        mentions.addAll(shortMentions(annotated, persons, mentions, shortAppositives, isChineseSurname));
        for (ShortMention a : shortAppositives) {
            // "Zhao, also a member of the Standing Committee …": a short mention can carry a title too
            Sentence s = a.sentence();
            int from = a.afterToken();
            int next = s.persons().stream().mapToInt(Mention::startToken).filter(x -> x > from).min().orElse(s.tokens().size());
            String after = appositive(s, from, next, text);
            if (!after.isEmpty() && TitleParser.isRoleStart(after.replaceFirst("(?i)^(?:(?:also|a|an|the|then)\\s+)+", "").split("\\s+")[0])) {
                addTitles(a.person(), after, s, regions, 0.8);
            }
        }
        mentions.sort(Comparator.comparingInt(PersonMention::start));
        for (Person p : new LinkedHashSet<>(persons.values())) {
            chooseSpelling(p);
        }
        return new Result(persons, mentions);
    }

    /**
     * "Xiao and the Vice President of … signed": a Chinese surname alone that a finder took for a one-word name is a
     * short mention of the one person named before with that surname (the list finders take such a surname in a list
     * with a foreign name, but the rule holds wherever the one-word name stands); null otherwise, or when two people
     * named before share the surname.
     */
    private Person bySurnameAlone(Map<String, Person> persons, String name) {
        if (name.contains(" ") || !isChineseSurname.test(name)) {
            return null;
        }
        List<Person> withSurname = new LinkedHashSet<>(persons.values()).stream()
                .filter(p -> p.name.startsWith(name + " ")).toList();
        return withSurname.size() == 1 ? withSurname.get(0) : null;
    }

    private Person personFor(Map<String, Person> persons, String name) {
        String key = PersonMention.keyOf(name);
        Person p = persons.get(key);
        if (p != null) {
            return p;
        }
        // "Lou Qinjin" then "Lou Qinjian": one person with a misspelt given name.
        for (Person other : persons.values()) {
            if (sameWithTypo(other.name, name)) {
                persons.put(key, other);
                return other;
            }
        }
        p = new Person(key, name);
        persons.put(key, p);
        return p;
    }

    /**
     * The name a person goes by is the spelling the report uses most; between equals, the longer one, because a
     * misspelling mostly drops a letter ("Lou Qinjin" / "Lou Qinjian").
     */
    private static void chooseSpelling(Person p) {
        p.spellings.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length()))
                .ifPresent(best -> p.name = best.getKey());
        p.variants.clear();
        p.spellings.keySet().stream().filter(sp -> !sp.equals(p.name)).forEach(p.variants::add);
    }

    private static boolean sameWithTypo(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != 2 || y.length != 2 || !x[0].equalsIgnoreCase(y[0])) {
            return false;
        }
        String gx = x[1].toLowerCase(Locale.ROOT);
        String gy = y[1].toLowerCase(Locale.ROOT);
        return gx.length() >= 5 && gy.length() >= 5 && gx.substring(0, 3).equals(gy.substring(0, 3))
                && editDistance(gx, gy) == 1;
    }

    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static PersonMention mention(String key, Sentence s, int startToken, int endToken) {
        return new PersonMention(key, s, startToken, endToken, s.tokens().get(startToken).start(),
                s.tokens().get(endToken - 1).end());
    }

    private void addTitles(Person p, String phrase, Sentence s, ReportRegions regions, double confidence) {
        Evidence ev = new Evidence(s.index(), s.start(), s.end(), s.text());
        for (TitleParser.Post post : titleParser.parse(phrase)) {
            String head = post.role().toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
            if (TitleParser.CREDIT_ROLES.contains(head)) {
                p.credit = true;
                return;
            }
            if (!RoleWords.namesAnOffice(post.label())) {
                continue; // "the judges, A and B": a part in the event, not an office
            }
            Optional<Organization> org = post.organization().map(o -> new Organization(stripArticle(o), regions.regionOf(o)));
            Title title = new Title(post.label(), post.role(), org, ev, confidence, TitleParser.isDated(phrase));
            // "chairman of the township people's congress" and later "chairman of the Xinji township people's
            // congress": one post, named once more fully
            String samePost = p.titles.entrySet().stream().filter(e -> samePost(e.getValue(), title))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (samePost == null) {
                p.titles.putIfAbsent(post.label().toLowerCase(Locale.ROOT), title);
            } else if (words(orgName(title)).size() > words(orgName(p.titles.get(samePost))).size()) {
                p.titles.remove(samePost);
                p.titles.put(post.label().toLowerCase(Locale.ROOT), title);
            }
        }
    }

    /** The same role in the same body, one of them named with fewer words ("the township …" / "the Xinji township …"). */
    private static boolean samePost(Title a, Title b) {
        if (!a.role().equalsIgnoreCase(b.role())) {
            return false;
        }
        Set<String> x = words(orgName(a));
        Set<String> y = words(orgName(b));
        return x.containsAll(y) || y.containsAll(x);
    }

    private static String orgName(Title t) {
        return t.organization().map(Organization::name).orElse("");
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !w.equals("the") && !w.equals("of") && !w.equals("and")) {
                out.add(w);
            }
        }
        return out;
    }

    private static String stripArticle(String org) {
        return org.replaceFirst("(?i)^the\\s+", "");
    }

    /** The appositive after a name: ", Secretary of … ," up to the verb or the next name. */
    private static String appositive(Sentence s, int from, int nextName, String text) {
        List<Token> t = s.tokens();
        // "Gesang Quzhen (Kelsang Chodron), chairwoman of …": the name's other form in brackets stands before its post
        from = TitledNameFinder.afterOtherForm(t.stream().map(Token::text).toArray(String[]::new), from);
        if (from >= t.size() || !(t.get(from).text().equals(",") || t.get(from).text().equals("("))) {
            return "";
        }
        int i = from + 1;
        boolean dated = false;
        while (i < t.size() && (t.get(i).text().matches("(?i)who|is|was|are|were|also|then")
                || t.get(i).text().equalsIgnoreCase("time") && i + 1 < t.size() && t.get(i + 1).text().equals("as"))) {
            // ", who is also secretary-general of …", ", time as Chairman of …" (时任, "then serving as")
            dated |= t.get(i).text().equalsIgnoreCase("then") || t.get(i).text().equalsIgnoreCase("time");
            i += t.get(i).text().equalsIgnoreCase("time") ? 2 : 1;
        }
        if (i < t.size() && (t.get(i).text().equals("and") || t.get(i).text().equals("or"))) {
            return ""; // ", and President Zhang …": the next item of a list, not this person's title
        }
        int end = i;
        int open = 0;
        while (end < nextName && end < t.size()) {
            String w = t.get(end).text();
            if (w.equals("(")) {
                open++;
            } else if (w.equals(")") && open > 0) {
                open--;
                end++;
                continue;
            }
            boolean topicFollows = w.equals("on") && end + 2 < t.size() && t.get(end + 1).text().equals("the")
                    && Character.isLowerCase(t.get(end + 2).text().charAt(0));
            if (APPOSITIVE_STOP.matcher(w).matches() || w.equals(";") || w.equals(")") || w.equals(":")
                    || (w.equals(".") && end == t.size() - 1) || w.equals("\"") || w.equals("“") || topicFollows) {
                break;
            }
            end++;
        }
        if (end == nextName && end < t.size() && !t.get(end - 1).text().matches("[,;]|and")) {
            // "A, Secretary of X, and Deputy County Mayor B": the words touching B are B's title, not A's.
            int cut = end - 1;
            while (cut > i && !t.get(cut).text().matches("[,;]|and")) {
                cut--;
            }
            end = cut;
        }
        if (end <= i) {
            return "";
        }
        // the dating word goes on with the title, which TitleParser marks dated (and leaves out of the label)
        return (dated ? "then " : "") + text.substring(t.get(i).start(), t.get(end - 1).end());
    }

    /**
     * "The mayor of Springfield, Joe Quimby, said …": a title with its article that opens the sentence, set off by a
     * comma from the name after it, which a comma closes; "" otherwise.
     */
    private static String leadingTitle(Sentence s, int nameStart, ReportRegions regions, String text) {
        List<Token> t = s.tokens();
        if (nameStart < 2 || !t.get(nameStart - 1).text().equals(",")) {
            return "";
        }
        PreTitle lead = preNameTitle(s, nameStart - 1, 0, regions);
        if (lead.isEmpty()) {
            return "";
        }
        String opening = text.substring(s.start(), t.get(lead.startToken()).start());
        int after = s.persons().get(0).endToken();
        boolean closed = after < t.size() && t.get(after).text().equals(",");
        // the title is a noun phrase with its article ("The mayor of …", "Its president, …"): without one, a title and a
        // comma before a name are more likely a list of titles and names
        return closed && opening.matches("(?i)[\\W_]*(?:the|his|her|its|their)\\s*") ? lead.text() : "";
    }

    /** "President Zhang Yunhua of Wuyi University": the " of …" right after a name with a title before it. */
    private static String ofPhrase(Sentence s, int from, int nextName, String text) {
        List<Token> t = s.tokens();
        if (from >= t.size() || !(t.get(from).text().equals("of") || t.get(from).text().equals("at")
                && from + 1 < t.size() && t.get(from + 1).text().equals("the"))) {
            return ""; // "President Zhang of Wuyi University", "Director Ma at the Department of Commerce"
        }
        int end = from + 1;
        while (end < nextName && end < t.size() && (Character.isUpperCase(t.get(end).text().charAt(0))
                || t.get(end).text().equals("the") || t.get(end).text().equals("of"))) {
            end++;
        }
        return end > from + 1 ? " " + text.substring(t.get(from).start(), t.get(end - 1).end()) : "";
    }

    /** A title right before a name: capitalised title words, or lower-case role words ("Party chief"). */
    /** A title written before a name, and the token it starts at. */
    /** " of the Legislative Assembly …" for a title written "led by its President", else "". */
    private static String ledByIts(Sentence s, int titleStart, String text) {
        if (titleStart <= 0 || titleStart > s.tokens().size()) {
            return "";
        }
        Matcher m = LED_BY_ITS.matcher(text.substring(s.start(), s.tokens().get(titleStart).start()).stripTrailing());
        return m.find() ? " of " + m.group(1) : "";
    }

    private record PreTitle(String text, int startToken) {
        static final PreTitle NONE = new PreTitle("", -1);

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private static PreTitle preNameTitle(Sentence s, int nameStart, int previousNameEnd, ReportRegions regions) {
        List<Token> t = s.tokens();
        int i = nameStart;
        while (i > previousNameEnd) {
            String w = t.get(i - 1).text();
            // "Ambassador to Laos", "Commissioner for Education": a connector right after a role word
            boolean roleConnector = (w.equals("to") || w.equals("for")) && i - 2 >= previousNameEnd
                    && TitleParser.isHead(t.get(i - 2).text());
            if (w.equals(")") && i - 3 >= previousNameEnd && t.get(i - 3).text().equals("(")
                    && t.get(i - 2).text().matches("\\p{Ll}[\\p{Ll}-]*")) {
                i -= 3; // "Vice President of the Party School (executive) Zhao Min": a qualifier of the post
                continue;
            }
            // "the transport bureau director of Baoji": any word that names a body's field before its noun
            boolean fieldOfBody = w.matches("\\p{Ll}+") && i < nameStart && BODY_NOUN_IN_LOWER_CASE.matcher(t.get(i).text()).matches();
            boolean titleWord = Character.isUpperCase(w.charAt(0)) || TitleParser.isRoleStart(w) || roleConnector || fieldOfBody
                    || w.equals("of") || w.equals("the") || w.equals("'s") || w.equals("-") || BODY_WORDS.contains(w);
            // "Minister of Human Resources and Social Security Tang Peilin": "and" inside a body's name
            boolean innerAnd = w.equals("and") && i - 2 > previousNameEnd && Character.isUpperCase(t.get(i - 2).text().charAt(0))
                    && !TitleParser.isRoleStart(t.get(i).text()) && i < nameStart;
            if (!innerAnd && (!titleWord || PRE_NAME_BOUNDARY.contains(w))) {
                break;
            }
            i--;
        }
        int phraseStart = i;
        // From the first word that opens a role; the phrase must end in a role word.
        while (i < nameStart && !TitleParser.isRoleStart(t.get(i).text())) {
            i++;
        }
        // "Liuzhou Deputy Mayor", "UESTC Party Secretary": a place or an acronym right before the role is its body.
        if (i > phraseStart && i < nameStart) {
            String prefix = s.text().substring(t.get(phraseStart).start() - s.start(), t.get(i - 1).end() - s.start());
            boolean acronym = i - phraseStart == 1 && t.get(phraseStart).text().matches("[A-Z]{2,}");
            // "the education bureau director of Datong Li Hua": a body in lower case before the role is its body too
            boolean lowerCaseBody = LOWER_CASE_BODY.matcher(prefix).matches();
            // "the Group's chairman A": the owner of the role is its body
            boolean possessive = prefix.endsWith("'s") || prefix.endsWith("’s");
            if (!prefix.contains(" of ") && (acronym || lowerCaseBody || possessive || !regions.regionsIn(prefix).isEmpty())) {
                i = phraseStart;
            } else if (Nationalities.isNationality(t.get(i - 1).text())) {
                i--; // "Chinese Ambassador to Laos": a nationality is part of the title as written
            } else if (i - 2 >= phraseStart && Nationalities.isNationality(t.get(i - 2).text() + " " + t.get(i - 1).text())) {
                i -= 2; // "South African Ambassador"
            }
        }
        if (i >= nameStart || !TitleParser.isHead(t.get(nameStart - 1).text()) && !endsWithOfPhrase(t, i, nameStart)) {
            return PreTitle.NONE;
        }
        // "Secretary of the Provincial Party Committee, Director of the Standing Committee … Liu Guozhong": titles
        // listed with commas before a name, from where the clause begins
        while (i == phraseStart && i - 2 > previousNameEnd && t.get(i - 1).text().equals(",")) {
            int j = i - 1;
            while (j > previousNameEnd && isPreTitleWord(t.get(j - 1).text())) {
                j--;
            }
            boolean clauseStart = j == previousNameEnd || CLAUSE_OPENER.matcher(t.get(j - 1).text()).matches();
            if (j >= i - 1 || !clauseStart || !TitleParser.isRoleStart(t.get(j).text())) {
                break;
            }
            i = j;
            phraseStart = j;
        }
        StringBuilder out = new StringBuilder();
        for (int k = i; k < nameStart; k++) {
            if (k > i && t.get(k).start() > t.get(k - 1).end()) {
                out.append(' ');
            }
            out.append(t.get(k).text());
        }
        return new PreTitle(out.toString(), i);
    }

    private static boolean isPreTitleWord(String w) {
        // "and" may join two titles of the list ("Secretary of X and Director of Y, Director of Z Liu Guozhong")
        return w.equals("and") || (Character.isUpperCase(w.charAt(0)) || TitleParser.isRoleStart(w) || w.equals("of")
                || w.equals("the") || BODY_WORDS.contains(w)) && !PRE_NAME_BOUNDARY.contains(w);
    }

    private static boolean endsWithOfPhrase(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            // "Secretary of …", "Ambassador to Laos", "Commissioner for Education"
            if (t.get(k).text().matches("of|to|for") && k > from && TitleParser.isHead(t.get(k - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** "Representatives of outstanding teachers A, B and C": a list that a non-official group noun opens. */
    private static boolean introducedAsNonOfficials(Sentence s, int k, String text) {
        List<Mention> names = s.persons();
        int first = k;
        while (first > 0 && onlyListSeparators(s, names.get(first - 1).endToken(), names.get(first).startToken())) {
            first--;
        }
        String before = text.substring(s.start(), s.tokens().get(names.get(first).startToken()).start());
        return NON_OFFICIAL_INTRO.matcher(before).find();
    }

    /**
     * A post that the meeting or a decision gives or takes: "elected Tang Dengjie and others as the executive chairmen of
     * the presidium", "decided to appoint A as director of X, B as director of Y", "Li Hua was appointed as deputy
     * director of …", "A, B and C were elected vice chairmen of …" (the verb after the last name of a list), "removed A
     * from the post of director of …", "A no longer serves as secretary of …", "A was elected X, and B Y"; and a post
     * stated of a name: "A is chairperson of …".
     */
    private static String appointedAs(Sentence s, int k, String text) {
        List<Mention> names = s.persons();
        int start = s.tokens().get(names.get(k).startToken()).start();
        int end = s.tokens().get(names.get(k).endToken() - 1).end();
        String before = text.substring(s.start(), start);
        String after = text.substring(end, s.end());
        Matcher post = null;
        if (APPOINTING_BEFORE.matcher(before).find()) {
            post = AS_AFTER_ACTIVE.matcher(after);
        } else if (REMOVING_BEFORE.matcher(before).find()) {
            post = FROM_POST_AFTER.matcher(after);
        }
        if (post == null || !post.lookingAt()) {
            int last = k;
            while (last + 1 < names.size() && onlyListSeparators(s, names.get(last).endToken(), names.get(last + 1).startToken())) {
                last++;
            }
            String afterList = text.substring(s.tokens().get(names.get(last).endToken() - 1).end(), s.end());
            // "elected A, B and C as vice chairmen": the post follows the last name of the list
            Matcher listPost = last > k && APPOINTING_BEFORE.matcher(before).find() ? AS_AFTER_ACTIVE.matcher(afterList) : null;
            // "A, B and C were elected …": the verb follows the last name of the list
            post = listPost != null && listPost.lookingAt() ? listPost : AS_AFTER_PASSIVE.matcher(afterList);
        }
        if (!post.lookingAt() && ELLIPTIC_BEFORE.matcher(before).find()) {
            post = ELLIPTIC_AFTER.matcher(after);
        }
        if (!post.lookingAt()) {
            post = COPULA_AFTER.matcher(after);
        }
        if (!post.lookingAt() || !TitleParser.isRoleStart(post.group(1).split("\\s+")[0])) {
            return "";
        }
        String stated = postBeforeNextClause(post.group(1));
        return stated.isEmpty() ? "" : TitleParser.singular(stated);
    }

    /**
     * "head of a family of teachers and spoke at the symposium", "director of the department when the first students
     * came": the post stated of a name ends where a second verb or a clause of time or cause begins.
     */
    static String postBeforeNextClause(String post) {
        Matcher verb = AND_NEXT_VERB.matcher(post);
        Matcher clause = NEXT_CLAUSE.matcher(post);
        int end = post.length();
        if (verb.find()) {
            end = verb.start();
        }
        if (clause.find() && clause.start() < end) {
            end = clause.start();
        }
        String kept = post.substring(0, end);
        // "head of a family of teachers": a post is in a body the text names, not in "a" body of some kind
        return OF_INDEFINITE_BODY.matcher(kept).lookingAt() ? "" : kept;
    }

    /** "The executive chairmen of the presidium, A, B, and C": the singular title for every name of the list. */
    private static String listTitle(Sentence s, int k, String text) {
        List<Mention> names = s.persons();
        int first = k;
        while (first > 0 && onlyListSeparators(s, names.get(first - 1).endToken(), names.get(first).startToken())) {
            first--;
        }
        int start = names.get(first).startToken();
        if (start == 0) {
            return "";
        }
        // "The executive chairmen of the presidium, A, B" and "Vice mayors A, B and C attended"
        int end = s.tokens().get(start - 1).text().equals(",") ? s.tokens().get(start - 1).start() : s.tokens().get(start).start();
        String before = text.substring(s.start(), end);
        Matcher m = PLURAL_ROLE_LIST.matcher(before);
        // "Vice Chairmen of X, attended the meeting together with A and B": a clause, not a title, before the list
        if (!m.matches() || containsVerb(m.group(1))) {
            return "";
        }
        // "Vice chairpersons of X A, B and C, as well as secretary-general D": a plural title that names people is
        // another list's, not D's
        int from = s.start() + m.start(1);
        int to = s.start() + m.end(1);
        boolean namesPeople = names.stream().anyMatch(n -> {
            int at = s.tokens().get(n.startToken()).start();
            return at >= from && at < to;
        });
        // "Members of the leading groups of the Party committee, the government and the CPPCC, including A, B and C": each
        // named is in one of the bodies, which one the text does not say
        if (namesPeople || SEVERAL_BODIES.matcher(m.group(1)).find()) {
            return "";
        }
        String role = TitleParser.singular(m.group(1)) + (m.group(1).contains(" of ") ? "" : bodyAfterList(s, k, text));
        // "the judges, A, B and C, announced the winners": a part in the event, not an office
        return RoleWords.namesAnOffice(role) ? role : "";
    }

    /**
     * "vice chairmen A, B and C of the provincial CPPCC attended": the body written once after the last name of a list
     * under a plural role, in either case, ending in a body's noun; "" when there is none.
     */
    private static String bodyAfterList(Sentence s, int k, String text) {
        List<Mention> names = s.persons();
        int last = k;
        while (last + 1 < names.size() && onlyListSeparators(s, names.get(last).endToken(), names.get(last + 1).startToken())) {
            last++;
        }
        Matcher body = BODY_AFTER_LIST.matcher(text.substring(s.tokens().get(names.get(last).endToken() - 1).end(), s.end()));
        return body.lookingAt() ? " " + body.group(1) : "";
    }

    private static boolean containsVerb(String phrase) {
        for (String w : phrase.split("[\\s,]+")) {
            if (APPOSITIVE_STOP.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyListSeparators(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.tokens().get(i).text();
            if (!w.equals(",") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    /** "Minister Huai", "Huai said": a surname alone, resolved to the one official of the report with it. */
    private static List<PersonMention> shortMentions(AnnotatedReport annotated, Map<String, Person> persons,
                                                     List<PersonMention> full, List<ShortMention> appositives,
                                                     Predicate<String> isChineseSurname) {
        Map<String, List<Person>> bySurname = new LinkedHashMap<>();
        for (Person p : new LinkedHashSet<>(persons.values())) {
            String[] words = p.name.split(" ");
            // Chinese names put the surname first, most others last: "Huai" and "Machogu" are both short mentions.
            bySurname.computeIfAbsent(words[0], x -> new ArrayList<>()).add(p);
            // "Zhang Xi" is never "Xi", which would take "General Secretary Xi" for her
            if (words.length > 1 && !words[words.length - 1].equals(words[0]) && !isChineseSurname.test(words[0])) {
                bySurname.computeIfAbsent(words[words.length - 1], x -> new ArrayList<>()).add(p);
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token tok = s.tokens().get(i);
                List<Person> candidates = bySurname.get(tok.text());
                if (candidates == null || insideFull(full, tok)) {
                    continue;
                }
                if (ENGLISH_WORD_SURNAMES.contains(tok.text()) && !(i > 0 && TitleParser.isHead(s.tokens().get(i - 1).text()))) {
                    continue; // "He stressed …" is a pronoun, "Director He" a person
                }
                if (i + 1 < s.tokens().size() && s.tokens().get(i + 1).text().matches("[A-Z][a-z]+")
                        && !s.tokens().get(i + 1).text().matches("(?i)said|pointed|stressed|also|made|delivered|expressed|emphasized")) {
                    continue; // followed by another capitalised word: some other name
                }
                Person p = mostRecent(candidates, tok.start());
                if (p != null) {
                    PersonMention pm = mention(p.key, s, i, i + 1);
                    out.add(pm);
                    p.mentions.add(pm);
                    appositives.add(new ShortMention(p, s, i + 1));
                }
            }
        }
        return out;
    }

    private static boolean insideFull(List<PersonMention> full, Token tok) {
        return full.stream().anyMatch(m -> m.start() <= tok.start() && tok.end() <= m.end());
    }

    private static Person mostRecent(List<Person> candidates, int offset) {
        Person best = null;
        int bestAt = -1;
        for (Person p : candidates) {
            for (PersonMention m : p.mentions) {
                if (m.start() < offset && m.start() > bestAt && m.endToken() - m.startToken() >= 1) {
                    best = p;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }
}
