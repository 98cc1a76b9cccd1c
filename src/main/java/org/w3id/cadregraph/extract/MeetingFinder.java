package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.nlp.Sentence;

/**
 * Finds the meetings a sentence reports as taking place: "X held the 2024 education work conference",
 * "the provincial education work conference was held in Shenyang", "presided over the fourth meeting of …",
 * "At a ceremony to honor …", "met with representatives of …". A meeting only referred to ("the spirit of
 * the 20th National Congress") is not one.
 */
final class MeetingFinder {
    /** How the name of a meeting with a person begins ("meeting with Shi Taifeng"). */
    static final String MEETING_WITH = "meeting with ";
    static final String NOUNS = "meeting|meetings|conference|symposium|forum|seminar|ceremony|session|gala|celebration|"
            + "assembly|consultation|gathering|plenary|videoconference|teleconference|summit|workshop|party|salon|"
            + "roundtable|round-table|reception|talks|negotiation|events|event|congress";
    private static final Pattern NOUN = Pattern.compile("(?i)\\b(" + NOUNS + ")\\b");
    // A meeting's name runs to a preposition, a clause or a verb; "and" may join words of the name
    // ("Education and Sports Conference") but not a second verb ("and delivered a speech").
    // A stop word inside a hyphenated word ("on-site meeting", "follow-up session") does not end the name.
    // "for" after a body's noun and before a capital is part of the body's name ("Commission for Discipline
    // Inspection"), not after a meeting's ("reception for Tibet volunteers": whom it is for).
    private static final String FOR_BODY = "(?-i:Commission|Committee|Centre|Center|Office|Bureau|Association|Council|"
            + "Group|Society|Federation|Foundation|Fund|League|Union|Institute|Academy|Agency|Department|Administration)";
    private static final String FOR = "for(?![\\w-])(?!(?<=" + FOR_BODY + "\\sfor)\\s+(?-i:[A-Z]))";
    /** "for" that says whom or what a meeting is for: not part of a body's name. */
    static final Pattern PURPOSE_FOR = Pattern.compile("(?i)(?<!" + FOR_BODY + ")\\s+for(?![\\w-])");
    private static final String NP = "((?:(?!(?<![\\w-])(?:(?:on|in|at|to|with|was|were|is|are|which|where|under|by|from|"
            + "alongside|during|after|before)(?![\\w-])|" + FOR + ")|\\band\\s+(?:the\\s+)?[a-z]+ed\\b)[^,;.:()])+?)";
    /** A stop word that ends a name: a whole word, not part of a hyphenated one. */
    private static final String STOP_END = "(?![\\w-])";
    static final Pattern HELD_OBJECT = Pattern.compile("(?i)\\b(held|convened|hosted|holds|convenes|hosts|"
            + "organized|organised|launched|opened)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?" + NP
            // "held the closing meeting and elected …": the name ends before the sentence's next verb
            + "(?=\\s+(?:(?:on|in|at|to|with|which|under|by|alongside)" + STOP_END + "|" + FOR + "|and\\s+[a-z]+ed\\b)"
            + "|\\s*[,;.:(]|$)");
    private static final Pattern SUBJECT_HELD = Pattern.compile("(?i)(?:^|[,;:]\\s*|\\bthe\\s+|\\ba\\s+|\\ban\\s+)"
            + "([^,;:]{0,150}?\\b(?:" + NOUNS + ")\\b[^,;:]{0,150}?)\\s+(?:was|were|is|has been|had been|will be)\\s+(?:then\\s+|[a-z]+ly\\s+)?"
            + "(held|convened|opened|hosted|launched|organized)\\b|(?i)(?:^|[,;:]\\s*|\\bthe\\s+|\\ba\\s+|\\ban\\s+)([^,;:]{0,150}?\\b(?:" + NOUNS + ")\\b[^,;:]{0,150}?)\\s+"
            + "(opened|opens|took place|kicked off|was held|held (?:in|at))\\b"
            // "the Principals' Forum, hosted by the District Education Bureau, was held at …"
            + "|(?i)(?:^|[,;:]\\s*|\\bthe\\s+|\\ba\\s+|\\ban\\s+)([^,;:]{0,150}?\\b(?:" + NOUNS + ")\\b[^,;:]{0,150}?),\\s*(?:hosted|sponsored|organized|organised|co-organized|"
            + "undertaken|convened|jointly held|held)\\s+by\\s+[^,;]+,\\s*(?:was|were)\\s+(?:held|convened|opened|launched)\\b");
    private static final Pattern PRESIDED_OBJECT = Pattern.compile("(?i)\\b(presided over|presiding over|chaired|chairing|"
            + "attended|attending|participated in|addressed|addressing|hosted)\\s+(?:the\\s+|a\\s+|an\\s+)?" + NP + "(?=\\s+(?:(?:on|in|at|to|with|and|which|alongside)" + STOP_END + "|" + FOR + ")|\\s*[,;.:(]|$)");
    /** "On March 27, a signing ceremony of the MoU between A, B and C was held at …": a long name with commas. */
    private static final Pattern OPENING_SUBJECT = Pattern.compile("(?i)^(?:(?:on|in)\\s[^,]{3,40},\\s*)?(?:the|a|an)\\s+"
            + "((?:(?!\\b(?:was|were)\\b).){0,60}?\\b(?:" + NOUNS + ")\\b.{0,250}?)\\s+(?:was|were)\\s+(?:[a-z]+ly\\s+)?"
            + "(?:held|convened|opened|launched)\\b");
    private static final Pattern AT_THE = Pattern.compile("(?i)^(?:At|During)\\s+(?:the|a|an)\\s+([^,]*?\\b(?:" + NOUNS + ")\\b[^,]*?),");
    /**
     * "met with representatives of …", "met the delegation", "received a delegation of …": a meeting with a group. After
     * "met with" a place or time may come between the verb and "with" ("met in Wuhan with the delegation of …"), and
     * words that say whose group it is before its noun ("met with the Macao SAR government delegation led by …"); a
     * greeting ("welcomed the Yulin delegation", "met the teacher representatives") is part of the event it opens. The
     * group's name ends before a second verb ("the delegation and briefed it on …").
     */
    private static final String GROUP_TAIL = "(?:(?!\\s(?:at|in|on|to|during)\\s|\\s+and\\s+(?:[a-z]+ed|said|took|had|gave|"
            + "held|made|spoke)\\b)[^,;.])*";
    static final Pattern MET_WITH = Pattern.compile("(?i)\\b(?:(?:met|meets)(?:\\s+(?:here|there|separately|"
            + "respectively|(?:in|at|on)\\s+[^,;.]{1,40}?))?\\s+with\\s+((?:(?:the|a|an)\\s+)?"
            + "(?:(?!(?:of|for|from|by|to|in|at|on|with|and|who|which|that)\\b)[\\w'’-]+\\s+){0,5}?"
            // the group's own noun, not the owner of something else ("reporters covering the delegation's visit")
            + "(?:representatives|delegates|delegations?|members(?=\\s+of\\b))(?![\\w'’-])" + GROUP_TAIL + ")"
            + "|(?:met|meets|welcomed|welcomes|received|receives)\\s+((?:the\\s+)?(?:representatives|delegates|delegation|"
            + "members|teachers|students|a\\s+delegation)\\b" + GROUP_TAIL + "))");
    /**
     * "the next joint consultation", "an upcoming forum", "next year": a meeting of another time than the report's. "Next
     * to the venue" is a place, not a time.
     */
    private static final Pattern LATER = Pattern.compile("(?i)\\b(?:next(?!\\s+to\\b)|upcoming|forthcoming|in the future|"
            + "the following year)\\b");
    /**
     * "was launched in 2018", "was first held in Kunming in 2015", "has been held since 2011": a year alone right after the verb (a place may come
     * between), with no month or day, dates a past edition in a history of the event, not the meeting the report tells
     * of. A year later in the sentence ("held in Beijing to review the work since 2019") dates something else.
     */
    private static final Pattern BARE_YEAR = Pattern.compile("^\\s*(?:in\\s+\\p{Lu}[\\w'-]*(?:\\s+\\p{Lu}[\\w'-]*)*\\s*,?\\s+)?"
            + "(?:in|since)\\s+(?:19|20)\\d{2}\\b(?!\\s*[-/])");

    /** True when a sentence reporting a meeting held in the past dates it by a year alone: history, not the report's. */
    static boolean heldInAPastYear(String clause, String rest) {
        return !clause.matches("(?is).*\\bwill be\\b.*") && BARE_YEAR.matcher(rest).find();
    }

    /**
     * True when a sentence announces a meeting for a later time than the report's: "The three sides agreed that the next
     * joint consultation will be held in Luzhou next year." The closing meeting that "will be held" after the election
     * the report tells of is the report's own.
     */
    static boolean toBeHeldLater(String name, String clause, String rest) {
        boolean future = clause.matches("(?is).*\\bwill be\\b.*");
        return future && (LATER.matcher(name).find() || LATER.matcher(rest.split("[.;]", 2)[0]).find());
    }

    /** "meeting with the delegation": a group named by its noun alone and "the" is one the text has spoken of. */
    private static final Pattern GROUP_REFERRED_BACK = Pattern.compile("(?i)^" + MEETING_WITH
            + "the\\s+(representatives|delegates|delegation|members|teachers|students)$");
    /**
     * "The next day, the Standing Committee of the County Party Committee met to study …": a body that meets holds a
     * meeting of its own, named after it; not a body that meets with someone.
     */
    private static final Pattern BODY_MET = Pattern.compile("(?:^|,\\s*)(?:[Tt]he\\s+)?((?:[A-Z][\\w'’-]*\\s+){0,6}?"
            + "(?:Committee|Commission|Government|Group|Council|Presidium|Congress|Bureau|Department|Conference|Assembly)"
            + "(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+(?:[A-Z][\\w'’-]*|of|the|and|for))*)?)"
            + "\\s+(?:met|meets|convened|convenes)\\b(?!\\s+with\\b)(?=\\s+(?:to|on|in|at|and|for|again)\\b|\\s*[,.;])");
    /** The verbs of a meeting with a person: "met with Shi Taifeng", "held talks with Governor Liu Ning". */
    private static final Pattern MEETS = Pattern.compile("(?i)met|meets|meet|received|receives|welcomed|welcomes|"
            + "with");
    private static final Pattern MEETS_WITH = Pattern.compile("(?i)(?:met|meets|meet|meeting|talks|talked|conversation|"
            + "interview)\s+with");
    /** Words between such a verb and the name: a title ("Liaoning Governor", "the mayor of Washington DC,"). */
    private static final Pattern TITLE_FILLER = Pattern.compile("(?i:the|his|her|their|its|of|and|,|counterpart|equivalent|"
            + "visiting)|\\p{Lu}[\\w'’.-]*");
    private static final Pattern GATHERED_FOR = Pattern.compile("(?i)\\b(?:gathered|met|assembled)\\b[^,;.]{0,60}?\\bfor\\s+(?:the\\s+|a\\s+|an\\s+)?" + NP
            + "(?=\\s+(?:on|in|at|to|with|which)" + STOP_END + "|\\s*[,;.:(]|$)");
    private static final Pattern ALONGSIDE = Pattern.compile("(?i)\\b(?:alongside|together with|as well as)\\s+(?:a|an|the)\\s+"
            + "([^,;.]*?\\b(?:" + NOUNS + ")\\b[^,;.]*)");
    private static final Pattern REFERRED = Pattern.compile("(?i)(spirit of|spirits of|studied|study|conveyed|convey|"
            + "implement|implementing|learn|learning|since|last year's|at last year|deployment of)\\s+(?:the\\s+)?$");
    private static final Pattern TOPIC = Pattern.compile("^(?:\\s+(?:in|at)\\s+(?:the\\s+)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)?"
            + "\\s+(on|to|for|commemorating|celebrating|marking|themed)\\s+([^,;.]{3,120})");
    private static final Pattern HEAD_FOLLOWER = Pattern.compile("(?i)(?:of|on|for|between|to|with|and|in|at|commemorating|"
            + "celebrating|marking|themed|entitled|under|among|by|from|\\(|\"|“|'|,)\\b?");
    /** "a launch meeting jointly held by the X and the Y took place": who holds it is not part of its name. */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i),?\\s+(?:jointly\\s+|co-)?(?:held|hosted|sponsored|"
            + "organi[sz]ed|undertaken|convened|chaired|presided over)\\s+by\\b.*$");
    /** What follows the CPC's "Party" ("Party branch secretaries"), as opposed to a "New Year Tea Party". */
    private static final Pattern CPC_PARTY = Pattern.compile("(?i)\\s+(?:branch|branches|committee|committees|members?|"
            + "secretar(?:y|ies)|school|group|groups|building|organi[sz]ations?|work|workers|history|style|conduct|spirit)\\b");
    private static final Pattern PARTS = Pattern.compile("(?i)\\b(?:consisted of|consists of|consisting of|comprised|"
            + "comprises|was divided into|is divided into|included|includes)\\s+(?:(?:two|three|four|several)\\s+"
            + "(?:stages|parts|sections|segments|phases|sessions)\\s*:?\\s*)?([^.:]+)");
    /** "The conference was held as a video conference": the form a meeting takes, not another meeting. */
    private static final Pattern FORM = Pattern.compile("(?i)\\s*(?:as|by way of|via|through|by means of)\\s");
    private static final Pattern GENERIC = Pattern.compile("(?i)^(?:the |a |an |this |that )?(?:" + NOUNS + ")$");

    /**
     * A meeting as one sentence reports it.
     *
     * @param refersBack named with "the" by a sentence that does not report it being held ("attended the opening
     *                   session"): a part of, or another name for, a meeting already reported
     * @param introduced reported as held with an indefinite article ("the government held a special meeting on …"):
     *                   a meeting the text has not spoken of yet
     * @param indefinite named with "a" or "an" ("attended a workshop"), whether or not the sentence reports it held
     * @param held       the sentence reports it held, or to be held ("the closing meeting will be held")
     */
    record Candidate(String name, Sentence sentence, boolean specific, boolean separate, boolean refersBack,
                     boolean introduced, boolean indefinite, boolean held, double confidence) {}

    private final DateResolver dates = new DateResolver();

    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        String text = s.text();
        Matcher m = HELD_OBJECT.matcher(text);
        while (m.find()) {
            add(out, withTopic(m.group(2), text.substring(m.end())), s, text.substring(0, m.start(2)), true, 0.85);
        }
        m = SUBJECT_HELD.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
            String np = m.group(g);
            int at = m.start(g);
            if (toBeHeldLater(np, m.group(), text.substring(m.end()))
                    || heldInAPastYear(m.group(), text.substring(m.end()))) {
                continue;
            }
            add(out, stripDateLead(np), s, text.substring(0, at), true, 0.85);
        }
        m = OPENING_SUBJECT.matcher(text);
        if (m.find() && out.isEmpty() && !heldInAPastYear(m.group(), text.substring(m.end()))) {
            add(out, m.group(1), s, "", true, 0.8);
        }
        m = GATHERED_FOR.matcher(text);
        while (m.find()) {
            add(out, m.group(1), s, "", true, 0.8);
        }
        // "On the same day, Lou presided over a meeting of the Standing Committee …": held then, not referred to
        boolean anotherEvent = dates.opensAnotherEvent(text);
        m = PRESIDED_OBJECT.matcher(text);
        while (m.find()) {
            add(out, m.group(2), s, text.substring(0, m.start(2)), anotherEvent, 0.7);
        }
        m = AT_THE.matcher(text);
        if (m.find()) {
            add(out, m.group(1), s, text.substring(0, m.start(1)), false, 0.6);
        }
        m = BODY_MET.matcher(text);
        if (out.isEmpty() && m.find()) {
            add(out, "meeting of the " + m.group(1).strip(), s, text.substring(0, m.start(1)), true, 0.8);
        }
        m = MET_WITH.matcher(text);
        if (m.find()) {
            String group = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            out.add(new Candidate(MEETING_WITH + group, s, true, true, false, false, false, false, 0.7));
        }
        if (out.isEmpty()) {
            meetingWithPerson(s).ifPresent(out::add);
        }
        m = ALONGSIDE.matcher(text);
        while (m.find() && !out.isEmpty()) {
            String name = m.group(1).strip();
            if (headedByMeetingNoun(name)) {
                out.add(new Candidate(name, s, true, true, false, false, false, false, 0.7));
            }
        }
        return out;
    }

    /**
     * "Chen met with Shi Taifeng, Secretary of …", "Governor Liu held talks with Ambassador Jane Smith", "Han Zheng
     * received the mayor of Chicago, Richard Daley": a meeting with a person, named after the first person met.
     */
    private static Optional<Candidate> meetingWithPerson(Sentence s) {
        var t = s.tokens();
        for (var person : s.persons()) {
            int i = person.startToken();
            while (i > 0 && i > person.startToken() - 8 && isTitleFiller(t.get(i - 1).text())) {
                i--;
            }
            boolean cue = i > 0 && MEETS.matcher(t.get(i - 1).text()).matches()
                    && (!t.get(i - 1).text().equalsIgnoreCase("with")
                    || i > 1 && MEETS_WITH.matcher(t.get(i - 2).text() + " with").matches());
            if (cue && i > 1) {
                return Optional.of(new Candidate(MEETING_WITH + person.name(), s, true, true, false, true, true, true, 0.7));
            }
        }
        return Optional.empty();
    }

    private static boolean isTitleFiller(String word) {
        return TITLE_FILLER.matcher(word).matches() || org.w3id.cadregraph.nlp.RoleWords.isRoleStart(word);
    }

    /** "held a symposium in Beijing on supporting young teachers": a bare noun takes the topic that follows. */
    private static String withTopic(String np, String rest) {
        if (!GENERIC.matcher(np.strip()).matches()) {
            return np;
        }
        Matcher t = TOPIC.matcher(rest);
        return t.find() ? np.strip() + " " + t.group(1) + " " + t.group(2).strip() : np;
    }

    private static String stripDateLead(String np) {
        return np.replaceFirst("(?i)^\\s*(on|in)\\s+[^,]*\\d[^,]*,\\s*", "").replaceFirst("(?i)^(the|a|an)\\s+", "");
    }

    private static void add(List<Candidate> out, String np, Sentence s, String before, boolean reportsHolding,
                            double confidence) {
        if (np == null || FORM.matcher(np).lookingAt()) {
            return;
        }
        String name = REDUCED_RELATIVE.matcher(np.strip().replaceFirst("(?i)^(the|a|an)\\s+", "")).replaceFirst("");
        if (!headedByMeetingNoun(name) || REFERRED.matcher(before).find()) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("national congress") || lower.contains("party congress") || lower.startsWith("spirit")) {
            return;
        }
        boolean specific = !GENERIC.matcher(name).matches();
        boolean definite = np.strip().toLowerCase(Locale.ROOT).startsWith("the ") || before.matches("(?is).*\\bthe\\s*$");
        if (out.stream().noneMatch(c -> c.name().equalsIgnoreCase(name))) {
            boolean indefinite = np.strip().matches("(?i)^an?\\s.*") || before.matches("(?is).*\\ban?\\s*$");
            out.add(new Candidate(name, s, specific, false, !reportsHolding && definite, reportsHolding && indefinite, indefinite,
                    reportsHolding, specific ? confidence : confidence - 0.2));
        }
    }

    /**
     * True when a meeting noun heads the phrase: it ends the phrase or a prepositional part follows it
     * ("forum of outstanding teachers"), rather than modifying another noun ("46 consultation activities").
     */
    private static boolean headedByMeetingNoun(String name) {
        Matcher m = NOUN.matcher(name);
        while (m.find()) {
            if (m.group(1).equals("Party") && CPC_PARTY.matcher(name.substring(m.end())).lookingAt()) {
                continue; // the Communist Party ("representatives of Party branch secretaries"), not a gathering
            }
            String rest = name.substring(m.end()).strip();
            if (rest.isEmpty() || HEAD_FOLLOWER.matcher(rest).lookingAt() || NOUN.matcher(rest).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a meeting with a group refers back to an earlier one: "welcomed the delegation" after "met in Fuzhou
     * with a delegation of the Legislative Assembly …" is that meeting, not another.
     */
    static boolean refersBackToGroupOf(String later, String earlier) {
        Matcher m = GROUP_REFERRED_BACK.matcher(later.strip());
        return m.matches() && earlier.toLowerCase(Locale.ROOT).startsWith(MEETING_WITH)
                && Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(earlier).find();
    }

    /** "the opening meeting", "the first plenary session": the sitting that opens a congress, session or conference. */
    private static final Pattern OPENING_SITTING = Pattern.compile("(?i)^(?:the\\s+)?(?:opening|inaugural|first plenary)\\s+"
            + "(?:[\\w-]+\\s+)?(?:meeting|session|ceremony|assembly)$");

    /** "the congress held the", "this session then convened its": a meeting holding a sitting, before the sitting's name. */
    private static final Pattern HOLDS_SITTING = Pattern.compile("(?i)\\b(?:the|this)\\s+(" + NOUNS + ")\\s+"
            + "(?:then\\s+|also\\s+|first\\s+)?(?:held|convened|holds|convenes)\\s+((?:the\\s+|its\\s+|a\\s+|an\\s+)?)");

    /**
     * The meeting a sentence says holds the named one as its sitting: "congress" for "On the 26th, the congress held the
     * opening meeting".
     */
    static Optional<String> holderOf(String sentence, String name) {
        Matcher m = HOLDS_SITTING.matcher(sentence);
        while (m.find()) {
            if (sentence.regionMatches(true, m.end(), name, 0, name.length())
                    || sentence.regionMatches(true, m.start(2), name, 0, name.length())) {
                return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /**
     * True for the sitting that opens a longer meeting: a congress held over three days is reported through its opening
     * meeting and its closing meeting, and the congress as a whole is the first of them, not a meeting besides them.
     */
    static boolean isOpeningSitting(String name) {
        return OPENING_SITTING.matcher(name.strip()).matches();
    }

    /** True when the text names some meeting, conference, ceremony… */
    static boolean mentionsMeeting(String text) {
        return NOUN.matcher(text).find();
    }

    /**
     * The kind of a meeting: its head noun with the word before it ("commendation meeting", "signing ceremony"), or the
     * head alone; empty when there is no head.
     */
    static String kind(String name) {
        Optional<String> head = head(name);
        if (head.isEmpty()) {
            return "";
        }
        // the word before the first occurrence of the head noun ("commendation" in "commendation meeting of …")
        String[] words = name.toLowerCase(Locale.ROOT).split("[^\\w'’-]+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(head.get())) {
                return words[i - 1] + " " + head.get();
            }
        }
        return head.get();
    }

    /**
     * The meetings a sentence names as parts of the one it speaks of ("The event consisted of two stages: a site visit
     * and an exchange and display session"), lower case and without articles.
     */
    static List<String> parts(String sentence) {
        Matcher m = PARTS.matcher(sentence);
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : m.group(1).split("\\s*(?:,|;|\\band\\b(?=\\s+(?:a|an|the)\\b))\\s*")) {
            String name = item.strip().replaceFirst("(?i)^(?:and\\s+)?(?:a|an|the)\\s+", "").toLowerCase(Locale.ROOT);
            if (headedByMeetingNoun(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static final Pattern SCOPE = Pattern.compile("(?i)\\b(national|nationwide|provincial|province-wide|municipal|"
            + "citywide|city-wide|county|county-wide)\\b");

    /**
     * The level a meeting's name gives it by a word ("national", "provincial", "municipal", "county"), if any: the
     * national conference and the provincial meeting after it are two meetings.
     */
    static Optional<String> scope(String name) {
        Matcher m = SCOPE.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        return Optional.of(w.startsWith("nation") ? "national" : w.startsWith("provinc") ? "provincial"
                : w.startsWith("county") ? "county" : "municipal");
    }

    /** The head noun of a meeting name ("ceremony"), used to tell which meeting a later sentence means. */
    static Optional<String> head(String name) {
        Matcher m = NOUN.matcher(name);
        String last = null;
        while (m.find()) {
            String rest = name.substring(m.end()).strip();
            last = m.group(1).toLowerCase(Locale.ROOT);
            // the noun that heads the phrase: "symposium of Party secretaries", not the "Party" inside it
            if (rest.isEmpty() || HEAD_FOLLOWER.matcher(rest).lookingAt()) {
                return Optional.of(last);
            }
        }
        return Optional.ofNullable(last);
    }
}
