package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.nlp.RoleWords;
import org.w3id.cadregraph.nlp.Sentence;
import org.w3id.cadregraph.nlp.Token;

/**
 * Reads who did what in a sentence: "A, title, B, title, and C attended the meeting and delivered speeches",
 * "X presided over the meeting", "the ceremony, which was presided over by Y", "Also present were …",
 * "Huai Jinpeng pointed out that …", "… jointly signed a cooperation agreement".
 */
final class ParticipationFinder {
    private static final Pattern PRESIDE = Pattern.compile("(?i)\\b(presided over|presided|presides over|chaired|chairs|"
            + "moderated|hosted the (?:meeting|conference|symposium|forum|seminar|ceremony|session|event))\\b");
    private static final Pattern SPEAK = Pattern.compile("(?i)\\b((?:delivered|gave|made|give|deliver|make|delivers|gives|makes)"
            + "\\s+(?:[\\w'’-]+\\s+){0,3}"
            // what an official gives or makes at a meeting is said there: a speech, a report, an explanation of a draft,
            // a briefing, the arrangements of the work, a summary
            + "(?:speech|speeches|address|addresses|report|reports|keynote|remarks|lecture|talk|arrangements?|statements?|"
            + "presentations?|class|lesson|explanations?|briefings?|summary|introductions?|interpretations?|deployments?|"
            // "drafting notes on the draft" (起草说明) explain a draft at the meeting; "important notes" (批示) are
            // instructions written on a document, not said there
            + "(?:drafting|explanatory) notes)"
            + "|spoke|speaks|addressed|pointed out|points out|stressed|stresses|emphasized|emphasised|emphasizes|said|says|"
            + "noted|stated|urged|called on|called for|demanded|praised|encouraged|summarized|summarised|summed up|affirmed|"
            + "expressed|thanked|reported|explained|proposed|put forward|required|requested|briefed|interpreted|recalled|"
            + "elaborated on|expounded|"
            // "arranged the key tasks for the next stage", "deployed the work": the arrangements of the work, spoken
            + "(?:arranged|deployed)(?=\\s+(?:the|key|next|specific|\\w+'s|this|its|his|her)\\b)|"
            // "asked the departments to …": a demand made in a speech (not "asked questions", which is a reporter's)
            + "asked(?=\\s+(?!questions?\\b)[^.;]{0,80}?\\bto\\s+\\w)|asked for|"
            + "introduced (?:the |their |his |her |its |[\\w-]+'s |[\\w-]+’s )?(?:[\\w'’-]+\\s+){0,5}?"
            + "(?:development|situation|work|achievements|progress|experience|practice|intention|background|plans?|"
            + "measures|results|cooperation|curriculum|policies|conditions)|"
            + "answered questions|introduced how|"
            + "announc(?:ed|es|ing) the (?:official\\s+)?(?:opening|start|commencement|closing|close|launch)|"
            + "declared the (?:[\\w'’-]+\\s+){0,6}(?:open|opened|closed)|"
            + "shared (?:his|her|their) (?:experience|practice|views)|recited|"
            // an inspection's feedback given at its feedback meeting ("conveyed the spirit of …" is not a speech)
            + "gave (?:the\\s+)?(?:[\\w-]+\\s+){0,2}?feedback|fed back|conveyed (?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:findings|feedback)|"
            // someone else's speech read out is spoken at the meeting; a decision read out is not a speech (ATTEND)
            + "read out (?=(?:the\\s+|a\\s+|an\\s+)?(?:written\\s+|important\\s+|congratulatory\\s+|open\\s+)?(?:speech|remarks|address|letter|message))|"
            + "in (?:his|her) (?:speech|remarks|address))\\b");
    /** Going on a visit or an inspection tour, which the report may split into several meetings. */
    private static final Pattern VISIT = Pattern.compile("(?i)\\b(visited|visits|inspected|inspects|investigated|toured|"
            + "surveyed|conducted (?:an? )?(?:research|investigations?|inspections?|surveys?)|paid (?:a |an )?(?:\\w+ )?visits? to|"
            + "made (?:an? )?(?:\\w+ )?(?:inspection|research) (?:tour|trip|visit)|led (?:a|the) (?:\\w+ )?(?:delegation|team|group)|"
            + "accompanied(?: by\\b)?|(?:took|take|takes) part in (?:the |all )?(?:above|aforementioned|these|those|"
            + "above-mentioned)\\s+(?:activities|events))");
    /**
     * "C accompanied the research", "D accompanied the delegation", "E and F took part in the above activities": a
     * statement about the visit as a whole, wherever the report makes it (often at its end, after the meetings).
     */
    private static final Pattern WHOLE_VISIT = Pattern.compile("(?i)\\b(?:accompanied\\s+(?:the|him|her|them)(?:\\s+[\\w-]+)?\\s+"
            + "(?:research|inspection|investigation|survey|visit|tour|trip|delegation|activities)|"
            + "(?:took|take|takes) part in (?:the |all )?(?:above|aforementioned|these|those|above-mentioned)\\s+"
            + "(?:activities|events))\\s*[,.;]?\\s*$");
    /** "accompanied the team to the schools", "accompanied them to visit …": one part of the visit. */
    private static final Pattern PART_OF_VISIT = Pattern.compile("(?i)\\s*(?:the\\s+|them\\s+|him\\s+|her\\s+)?(?:[\\w-]+\\s+){0,3}?to\\s");
    /** "signed the agreement with B", "signed, together with B, …": what may stand between the verb and the other signer. */
    private static final Pattern SIGNED_WITH = Pattern.compile("(?i)^(?:\\s*,\\s*(?=together|along|jointly))?[^;,.]{0,80}?\\bwith\\s+");
    /** "attended the meeting together with C": C attended too. */
    private static final Pattern TOGETHER_WITH = Pattern.compile("(?i)^[^;,]{0,60}?\\b(?:together|along) with\\b");
    /** Someone else's words read out at the meeting: "recited the speech by …", "read out the letter of …". */
    private static final Pattern READ_FOR = Pattern.compile("(?i)(?:\\b(?:recited|read out|read|conveyed|relayed|delivered|"
            // studied at the meeting, not said there: "studied the spirit of the important speech by X"
            + "studied|learned|learnt|implemented|transmitted|communicated)\\s+(?:and\\s+\\w+\\s+)?|\\bspirit\\s+of\\s+)"
            + "(?:the\\s+)?(?:written\\s+|important\\s+|congratulatory\\s+)*(?:speech|speeches|remarks|address|letter|message|"
            + "instructions?)\\s+(?:of|by|from|delivered by|made by)\\s+");
    /** A speech named as the thing studied or conveyed: "the spirit of the important speech by …". */
    private static final Pattern STUDIED_BEFORE = Pattern.compile("(?i)(?:\\bspirit\\s+of|\\b(?:studied|learned|learnt|implemented|"
            + "conveyed|relayed|transmitted|communicated)(?:\\s+and\\s+\\w+)?)\\s+(?:the\\s+)?(?:important\\s+|written\\s+)*$");
    /** "in 2019, when …", "last year, when …": a clause about another time, up to the verb. */
    private static final Pattern PAST_WHEN = Pattern.compile("(?i)(?:\\b(?<!\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            // a year that ends a full date ("opened on May 9, 2024, when …") dates this meeting, not another time
            + "[a-z]{0,6}\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{0,3})(?:19|20)\\d\\d|\\blast (?:year|month|week)|\\bpreviously|"
            + "\\bin the past|\\bearlier years?)\\s*,?\\s+when\\b[^;]*$");
    /**
     * "As Secretary X stressed, …": a sentence that opens by citing what someone said elsewhere; the opener (up to its
     * comma) has a citing verb, and does not place the words at this meeting ("as X pointed out in his speech at the
     * meeting, …"); "as required by the meeting" cites nobody.
     */
    private static final Pattern CITING_OPENER = Pattern.compile("(?i)^\\s*(?:just\\s+)?as\\s+(?!required|planned|scheduled|arranged)"
            + "[^,;]*?\\b(?:stressed|emphasi[sz]ed|said|pointed out|noted|put it|instructed|required|demanded|urged)\\b[^,;]*,");
    private static final Pattern AT_THIS_MEETING = Pattern.compile("(?i)\\b(?:at|to) (?:the|this|today's) (?:meeting|conference|"
            + "forum|session|symposium|ceremony)\\b");
    /** Seeing something on a visit: with no gathering named, a companion of the visit attends no meeting. */
    private static final Pattern SIGHTSEEING = Pattern.compile("(?i)\\b(?:watched|viewed|looked at|went to|came to|walked|"
            + "checked|observed|examined|learned about|stopped at)\\b");
    /** A gathering named in a visit's sentence, or reports heard there ("heard the reports of the county governments"). */
    private static final Pattern GATHERING = Pattern.compile("(?i)\\b(?:meetings?|conferences?|symposiums?|symposia|forums?|"
            + "seminars?|sessions?|ceremony|ceremonies|talks|signing|events?|activities|activity|launch|celebration|"
            + "gala|congress|plenary|assembly|briefings?|workshop|exchange|discussion|discussed)\\b"
            + "|\\b(?:heard|listened to)\\s+(?:[\\w-]+\\s+){0,3}?(?:reports?|briefings?)\\b");
    /** Words sent to a meeting rather than spoken there: "made a directive", "gave important instructions". */
    private static final Pattern SENT_WORD = Pattern.compile("(?i)\\b(?:made|gave|issued|sent)\\s+(?:an?\\s+)?"
            + "(?:important\\s+|written\\s+)*(?:directives?|instructions?|congratulatory letters?)\\b");
    /** Meeting a person: the people met take part as much as the ones who meet them. */
    private static final Pattern MEET = Pattern.compile("(?i)\\b(met with|meets with|met|meets|held talks with|had talks with|"
            + "talked with|received|receives|welcomed|welcomes)\\b");
    /** A person who holds or convenes a meeting chairs it: "Mayor Zhou Hongbo held a special meeting on …". */
    private static final Pattern HOLDS_MEETING = Pattern.compile("(?i)\\b(held|convened|holds|convenes)"
            + "(?=\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,6}?(?:meeting|conference|session|symposium|forum|seminar)\\b)");
    private static final Pattern SIGN = Pattern.compile("(?i)\\b(signed|inked|in signing)\\b");
    private static final Pattern ATTEND = Pattern.compile("(?i)\\b(attended|attend|attending|participated in|participate in|"
            + "took part in|joined|met with|met|meets|held|convened|came to|took (?:their |his |her |the )?seats?|"
            + "(?:were|was) (?:also )?present|"
            + "(?:were|was) seated|sat (?:in|on|at)|presented the (?:[\\w-]+\\s+){0,2}(?:certificates|awards|prizes|medals|plaques)|"
            + "unveiled|listened to (?=(?:the\\s+)?(?:[\\w-]+\\s+){0,3}(?:meeting|conference|video conference|report)\\b)|"
            // reading out a decision or a list is being there, not a speech of one's own
            + "read out(?!\\s+(?:the\\s+|a\\s+|an\\s+)?(?:written\\s+|important\\s+|congratulatory\\s+|open\\s+)?(?:speech|remarks|address|letter|message))|"
            + "announced the (?:[\\w-]+\\s+){0,2}(?:decision|results|list|measures))\\b");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(presided over by|chaired by|hosted by|moderated by|signed by|"
            + "attended by|accompanied by|present were|present was|present at the [a-z ]+ (?:were|was)|"
            // "Executive chairpersons seated on the rostrum were A, B, …", "Attending the meeting were …"
            + "(?:seated|sitting|sat) (?:on|at|in) the (?:front row of the )?(?:rostrum|podium|platform|presidium|stage)"
            + "(?: [a-z]+){0,3}? (?:were|was|are|included)|(?:on|at) the (?:rostrum|podium|presidium) (?:were|was)|"
            + "attending (?:the [a-z ]+ )?(?:were|was|are|included)|participants included|"
            // "Leaders were present at the event such as A, B …"
            + "(?:were|was) (?:also )?present(?: at the [a-z]+)? (?:such as|including|namely)|"
            + "(?:an? |the )?(?:explanation|report|speech|speeches|address) (?:from|by)|awards by [a-z ]*(?:including)?|"
            // "presided over a symposium, listening to the reports of A, secretary of …, and B": A and B reported
            + "(?<=(?:listen(?:ed|ing)|listens) to (?:the |a )?(?:work )?|(?:heard|hearing|hears) (?:the |a )?(?:work )?)"
            + "reports? (?:of|from|by))\\b");
    /** What may stand between "met with" and a person met, or between two of them: titles and list separators. */
    private static final Pattern MET_GAP = Pattern.compile("(?:\\s|,|;|\\b(?:and|the|his|her|their|its|of|also|"
            + "counterpart|equivalent|visiting|a delegation led by|the delegation led by|led by)\\b|"
            + "\\p{Lu}[\\w'’.-]*|(?i:deputy|vice|secretary|director|chairman|chairwoman|mayor|governor|minister|member|"
            + "members|president|ambassador|consul|general|party|committee|standing|municipal|provincial|county|district|of))*");
    /**
     * "The meeting decided to set up a leading group headed by A and B, and required …": a clause whose subject is the
     * meeting; what it requires or stresses the meeting says, not the people named inside its object.
     * Not "heard": the people a meeting hears deliver a report spoke at it.
     */
    private static final Pattern MEETING_AS_SUBJECT = Pattern.compile("(?i)^\\s*(?:the|this)\\s+(?:[\\w'’-]+\\s+){0,3}?"
            + "(?:meeting|conference|session|plenary|symposium|forum|congress)\\s+(?:also\\s+|further\\s+)?(?:decided|agreed|"
            + "required|demanded|stressed|emphasi[sz]ed|pointed out|called|urged|adopted|approved|studied|deliberated|"
            + "reviewed|elected|passed)\\b");
    /** ", which was presided over by": a passive in a relative clause, which a comma after its agent closes. */
    private static final Pattern RELATIVE_PASSIVE = Pattern.compile("(?i),\\s*(?:which|that)\\s+(?:was|were)\\s+"
            + "(?:[\\w-]+\\s+){1,2}by\\s*$");
    private static final Pattern PASSIVE_AUXILIARY = Pattern.compile("(?i)\\b(?:was|were|been|being|be|is|are)\\s+$");
    private static final Pattern HISTORY = Pattern.compile("(?i)\\b(had|has|have|will|would)\\s+$");
    private static final Set<String> CLAUSE_BOUNDARY = Set.of(";", "while", "whereas", "but");

    /**
     * "The governors of the four places signed 12 agreements", "Leaders of both sides delivered speeches": people named
     * only as a group of a number of places or sides, acting. Who they are is the list of that many people named before.
     */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("(?i)^\\s*(?:(?:at the (?:meeting|ceremony|symposium|event)|"
            + "then|afterwards|finally|subsequently),?\\s+)?(?:the\\s+)?(?:principal\\s+|main\\s+)?(?:leaders|heads|chiefs|"
            + RoleWords.PLURAL_HEADS + ")\\s+of\\s+(?:the\\s+)?(two|three|four|five|six|both|\\d)\\s+(?:places|provinces|regions|"
            + "cities|sides|parties|municipalities|counties|districts|governments|provinces and municipalities)\\s+");
    private static final List<String> GROUP_NUMBERS = List.of("two", "three", "four", "five", "six");

    /** A group named by its number acting ("the governors of the four places signed"): its size and role. */
    record GroupAct(int size, Role role, String object) {}

    /** The act of a group named only by its number of places or sides, when the sentence opens with one. */
    Optional<GroupAct> groupAct(Sentence s) {
        Matcher g = GROUP_SUBJECT.matcher(s.text());
        if (!g.lookingAt()) {
            return Optional.empty();
        }
        String n = g.group(1).toLowerCase(Locale.ROOT);
        int size = n.equals("both") ? 2 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : GROUP_NUMBERS.indexOf(n) + 2;
        String rest = s.text().substring(g.end()).replaceFirst("(?i)^(?:also|jointly|respectively|together)\\s+", "");
        for (var entry : List.of(Map.entry(SIGN, Role.SIGNED), Map.entry(SPEAK, Role.SPOKE),
                Map.entry(PRESIDE, Role.PRESIDED))) {
            Matcher verb = entry.getKey().matcher(rest);
            if (verb.lookingAt()) {
                return Optional.of(new GroupAct(size, entry.getValue(),
                        rest.substring(verb.end(), Math.min(rest.length(), verb.end() + 80))));
            }
        }
        return Optional.empty();
    }

    /** People of a sentence in their roles, with the words after the cue (which name the meeting). */
    record Act(List<PersonMention> people, EnumSet<Role> roles, String object) {}

    private record Cue(int start, int end, Role role, boolean passive, boolean meets) {}

    List<Act> find(Sentence s, List<PersonMention> mentions) {
        List<Cue> cues = cues(s);
        List<Act> acts = new ArrayList<>();
        List<PersonMention> previous = List.of();
        String previousObject = "";
        int clauseStart = s.start();
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            int nextCue = c + 1 < cues.size() ? cues.get(c + 1).start : s.end();
            String object = s.text().substring(cue.end - s.start(), Math.min(s.text().length(), cue.end - s.start() + 80));
            List<PersonMention> people;
            if (cue.passive) {
                boolean accompanied = s.text().regionMatches(true, cue.start - s.start(), "accompanied", 0, 11);
                if (accompanied && onlyAVisit(s)) {
                    continue; // "accompanied by X, Y watched the exhibition at the park": a visit, no meeting
                }
                // "a report by X": the speaker is named right after "by"; "heard a report by the finance bureau and decided
                // to appoint Y" names no speaker
                int agentsEnd = c + 1 < cues.size() && !cues.get(c + 1).passive ? agentsEnd(s, mentions, cue.end, nextCue) : nextCue;
                people = cue.role == Role.SPOKE ? met(s, mentions, cue.end, agentsEnd) : between(mentions, cue.end, agentsEnd);
                if (accompanied) {
                    // "A, B and C, accompanied by D and E, visited … and held …": all of them were there
                    List<PersonMention> both = new ArrayList<>(between(mentions, boundaryBefore(s, cue.start, clauseStart), cue.start));
                    both.addAll(people);
                    people = both;
                }
            } else {
                int boundary = boundaryBefore(s, cue.start, clauseStart);
                people = MEETING_AS_SUBJECT.matcher(s.text().substring(boundary - s.start(), cue.start - s.start())).lookingAt()
                        ? List.of() : between(mentions, boundary, cue.start);
                if (people.isEmpty() && onlyVerbChain(s, c > 0 ? cues.get(c - 1).end : cue.start, cue.start)) {
                    people = previous;
                    // "attended the events and delivered addresses": spoken at the meetings the first verb names
                    object = previousObject;
                }
                Matcher signedWith = SIGNED_WITH.matcher(s.text().substring(cue.end - s.start(), nextCue - s.start()));
                if (cue.role == Role.SIGNED && !people.isEmpty() && signedWith.lookingAt()) {
                    // "A signed a cooperation agreement with B, general manager of …": B signed it too
                    people = new ArrayList<>(people);
                    people.addAll(met(s, mentions, cue.end + signedWith.end(), nextCue));
                }
                if (cue.meets && !people.isEmpty()) {
                    people = new ArrayList<>(people);
                    people.addAll(met(s, mentions, cue.end, nextCue));
                }
                Matcher with = TOGETHER_WITH.matcher(s.text().substring(cue.end - s.start(), nextCue - s.start()));
                if (cue.role == Role.ATTENDED && !people.isEmpty() && with.find()) {
                    // "A and B attended the meeting together with C and D"
                    people = new ArrayList<>(people);
                    people.addAll(met(s, mentions, cue.end + with.end(), nextCue));
                }
            }
            if (!people.isEmpty()) {
                acts.add(new Act(people, EnumSet.of(Role.ATTENDED, cue.role), object));
                previous = people;
                previousObject = object;
                int split = cue.passive && c + 1 < cues.size() && !cues.get(c + 1).passive
                        ? agentsEnd(s, mentions, cue.end, nextCue) : nextCue;
                // the next verb's subject begins after the passive's agent, when the agent ended before it
                clauseStart = split < nextCue ? split : cue.end;
            }
        }
        return acts;
    }

    /** "He pointed out that …", "She stressed …": a sentence whose subject is a pronoun and whose verb says something. */
    private static final Pattern PRONOUN_SAYS = Pattern.compile("(?i)^\\s*(?:he|she)\\s+(?:also\\s+|further\\s+)?(?:pointed out|"
            + "stressed|emphasi[sz]ed|said|noted|required|demanded|urged|called on|called for|asked)\\b");

    /** Whether the sentence opens with "He"/"She" saying something: the subject of the sentence before spoke. */
    boolean pronounSays(Sentence s) {
        return PRONOUN_SAYS.matcher(s.text()).lookingAt();
    }

    /** Whether the sentence says who went along on the whole visit ("C accompanied the research."), not on one part. */
    boolean wholeVisit(Sentence s) {
        return WHOLE_VISIT.matcher(s.text()).find();
    }

    /**
     * The people a sentence says go on a visit ("A and B visited Inner Mongolia", "accompanied by C", "D led a
     * delegation to …"): they take part in each meeting of the visit.
     */
    List<PersonMention> visitors(Sentence s, List<PersonMention> mentions) {
        List<PersonMention> out = new ArrayList<>();
        Matcher m = VISIT.matcher(s.text());
        int clauseStart = s.start();
        while (m.find()) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            if (HISTORY.matcher(s.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            String rest = s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 40));
            if (m.group(1).startsWith("accompanied") && PART_OF_VISIT.matcher(rest).lookingAt()) {
                continue; // "accompanied the team to the schools": this person was at that part only
            }
            int from = boundaryBefore(s, start, clauseStart);
            List<PersonMention> who = new ArrayList<>(m.group(1).toLowerCase(Locale.ROOT).endsWith("by")
                    ? met(s, mentions, end, s.end())
                    : between(mentions, from, start));
            // "Chen met with Shi Taifeng and visited schools": the one met does not go on the visit
            Matcher meets = MEET.matcher(s.text().substring(from - s.start(), start - s.start()));
            while (meets.find()) {
                who.removeAll(met(s, mentions, from + meets.end(), start));
            }
            who.stream().filter(p -> !out.contains(p)).forEach(out::add);
            clauseStart = end;
        }
        return out;
    }

    /**
     * The people a sentence shows were not at the meeting though their words were: whose speech someone else read
     * out ("recited the speech by Lu Xin"), or who sent instructions ("Du Jiahao made a directive requiring …").
     */
    List<PersonMention> absentees(Sentence s, List<PersonMention> mentions) {
        List<PersonMention> out = new ArrayList<>();
        Matcher read = READ_FOR.matcher(s.text());
        while (read.find()) {
            out.addAll(met(s, mentions, s.start() + read.end(), s.end()));
        }
        Matcher sent = SENT_WORD.matcher(s.text());
        while (sent.find()) {
            int at = s.start() + sent.start();
            out.addAll(between(mentions, boundaryBefore(s, at, s.start()), at));
        }
        return out;
    }

    private static List<Cue> cues(Sentence s) {
        List<Cue> cues = new ArrayList<>();
        String text = s.text();
        addCues(cues, PASSIVE.matcher(text), s, null, true);
        addCues(cues, PRESIDE.matcher(text), s, Role.PRESIDED, false);
        addCues(cues, HOLDS_MEETING.matcher(text), s, Role.PRESIDED, false);
        addCues(cues, SPEAK.matcher(text), s, Role.SPOKE, false);
        addCues(cues, SIGN.matcher(text), s, Role.SIGNED, false);
        addCues(cues, MEET.matcher(text), s, Role.ATTENDED, false);
        addCues(cues, ATTEND.matcher(text), s, Role.ATTENDED, false);
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    private static void addCues(List<Cue> cues, Matcher m, Sentence s, Role role, boolean passive) {
        while (m.find()) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            if (cues.stream().anyMatch(c -> c.start < end && start < c.end)) {
                continue; // a longer cue already covers these words ("presided over by")
            }
            String justBefore = s.text().substring(Math.max(0, m.start() - 12), m.start());
            if (HISTORY.matcher(justBefore).find()) {
                continue; // "had delivered a series of speeches": not at this meeting
            }
            if (!passive && PASSIVE_AUXILIARY.matcher(justBefore).find()) {
                continue; // "a memorandum was signed": the thing signed, not who signed it, stands before the verb
            }
            String before = s.text().substring(0, m.start());
            if (passive && STUDIED_BEFORE.matcher(before).find()) {
                continue; // "studied the spirit of the important speech by X": X's speech, not given at this meeting
            }
            if (PAST_WHEN.matcher(before).find()) {
                continue; // "The forum was first held in 2019, when X delivered a keynote speech": another time
            }
            Matcher opener = CITING_OPENER.matcher(s.text());
            if (role == Role.SPOKE && opener.lookingAt() && m.start() < opener.end()
                    && !AT_THIS_MEETING.matcher(s.text().substring(0, opener.end())).find()) {
                continue; // "As Secretary X stressed during his inspection, …": words cited, not spoken here
            }
            Role r = role;
            if (passive) {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                r = w.startsWith("signed") ? Role.SIGNED
                        : w.startsWith("presided") || w.startsWith("chaired") || w.startsWith("hosted") || w.startsWith("moderated")
                        ? Role.PRESIDED
                        : w.contains("explanation") || w.contains("report") || w.contains("speech") || w.contains("address")
                        ? Role.SPOKE : Role.ATTENDED;
            }
            cues.add(new Cue(start, end, r, passive, role == Role.ATTENDED && MEET.matcher(m.group()).matches()));
        }
    }

    /**
     * The people a "met with" cue names as met: the names right after it, with their titles and list separators
     * between them ("met with Liaoning Governor Liu Ning and Vice Governor Wang Ming"), not a name further on.
     */
    /**
     * "The meeting was presided over by A, secretary-general of X, and B and C attended": when a verb of its own follows
     * a passive's agent, the agent ends at the first ", and" after the first name, where that verb's subject begins (in
     * a relative clause, "which was presided over by A, B and C spoke", at the comma right after the name);
     * {@code to} when no name follows such a break.
     */
    private static int agentsEnd(Sentence s, List<PersonMention> mentions, int from, int to) {
        List<PersonMention> named = between(mentions, from, to);
        if (named.size() < 2) {
            return to;
        }
        List<Token> t = s.tokens();
        int first = named.get(0).endToken();
        if (RELATIVE_PASSIVE.matcher(s.text().substring(0, Math.max(0, from - s.start()))).find()
                && first < t.size() && t.get(first).text().equals(",")) {
            // "At the forum, which was presided over by A, B and C spoke": the comma closes the relative clause
            return t.get(first).start();
        }
        for (int i = first; i + 1 < t.size() && t.get(i + 1).end() <= to; i++) {
            if (t.get(i).text().equals(",") && t.get(i + 1).text().equals("and")) {
                int cut = t.get(i).start();
                return named.stream().anyMatch(m -> m.start() > cut) ? cut : to;
            }
        }
        return to;
    }

    private static List<PersonMention> met(Sentence s, List<PersonMention> mentions, int from, int to) {
        List<PersonMention> out = new ArrayList<>();
        int at = from;
        for (PersonMention m : between(mentions, from, to)) {
            String gap = s.text().substring(at - s.start(), m.start() - s.start());
            if (!MET_GAP.matcher(gap).matches()) {
                break;
            }
            out.add(m);
            at = m.end();
        }
        return out;
    }

    private static List<PersonMention> between(List<PersonMention> mentions, int from, int to) {
        List<PersonMention> out = new ArrayList<>();
        for (PersonMention m : mentions) {
            if (m.start() >= from && m.end() <= to && actsInTheSentence(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * False for a name that is only referred to: "Xi Jinping Thought", "Xi Jinping's instructions", "the instructions
     * of General Secretary Xi Jinping".
     */
    private static boolean actsInTheSentence(PersonMention m) {
        List<org.w3id.cadregraph.nlp.Token> t = m.sentence().tokens();
        if (m.endToken() < t.size() && t.get(m.endToken()).text().matches("Thought|Theory|'s|’s|'|’")) {
            return false;
        }
        int i = m.startToken() - 1;
        while (i >= 0 && Character.isUpperCase(t.get(i).text().charAt(0)) && org.w3id.cadregraph.nlp.RoleWords.isRoleStart(t.get(i).text())) {
            i--;
        }
        // "the instructions of X" refer to X; "the reports of X" are given by X, there
        return i < 0 || !t.get(i).text().equals("of") || i > 0 && t.get(i - 1).text().matches("(?i)reports?");
    }

    /**
     * A sentence that reports going somewhere or seeing something and names no gathering: "accompanied by X, Y
     * watched the exhibition at the park", "Earlier, Y visited the reservoir, accompanied by X".
     */
    private static boolean onlyAVisit(Sentence s) {
        String rest = VISIT.matcher(s.text()).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT).startsWith("accompanied") ? "" : "VISIT");
        return (rest.contains("VISIT") || SIGHTSEEING.matcher(s.text()).find()) && !GATHERING.matcher(s.text()).find();
    }

    /** The start of the clause a verb belongs to: after the last ";" or "while" before it. */
    private static int boundaryBefore(Sentence s, int cueStart, int clauseStart) {
        int boundary = clauseStart;
        for (var t : s.tokens()) {
            if (t.end() > cueStart) {
                break;
            }
            if (CLAUSE_BOUNDARY.contains(t.text().toLowerCase(Locale.ROOT)) && t.start() >= boundary
                    && !startsListItem(s, t)) {
                boundary = t.end();
            }
        }
        return boundary;
    }

    /** "A, Secretary of X; B, Mayor; and C attended": a semicolon between list items, not between clauses. */
    private static boolean startsListItem(Sentence s, org.w3id.cadregraph.nlp.Token boundary) {
        return t(s, boundary, 1).matches("\\p{Lu}\\p{L}+") && t(s, boundary, 2).matches("\\p{Lu}\\p{L}+")
                || t(s, boundary, 1).equals("and") && t(s, boundary, 2).matches("\\p{Lu}\\p{L}+");
    }

    private static String t(Sentence s, org.w3id.cadregraph.nlp.Token from, int ahead) {
        int i = s.tokens().indexOf(from) + ahead;
        return i < s.tokens().size() ? s.tokens().get(i).text() : "";
    }

    /** "attended the meeting and delivered a speech": the second verb has the first one's subject. */
    private static boolean onlyVerbChain(Sentence s, int from, int to) {
        String between = s.text().substring(Math.max(0, from - s.start()), Math.max(0, to - s.start()));
        return between.length() < 60 && between.matches("(?i)[^;]*\\band\\s*$|\\s*$|[^;]*\\bthe (meeting|conference|symposium|forum|seminar|ceremony|events?|celebration|party)\\s+and\\s*");
    }
}
