package org.w3id.cadregraph.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionGazetteer;
import org.w3id.cadregraph.gazetteer.RegionLevel;
import org.w3id.cadregraph.nlp.AnnotatedReport;
import org.w3id.cadregraph.nlp.Sentence;
import org.w3id.cadregraph.report.Report;

/**
 * The extractor for this genre: grammar rules over OpenNLP annotations and the region gazetteer.
 * People and titles come from {@link OfficialFinder}, meetings from {@link MeetingFinder}, who did what from
 * {@link ParticipationFinder}; this class ties them together and places meetings in time and region.
 */
public final class RuleBasedExtractor implements Extractor {
    private static final Pattern VENUE = Pattern.compile("(?:\\b(?:held|convened|opened|took place|was held|were held)\\s+)?"
            + "\\b(?:in|at)\\s+(?:the\\s+)?((?:[A-Z][\\w'’.-]*)(?:\\s+(?:of\\s+the|of|the|and|No\\.\\s?\\d+|[A-Z][\\w'’.-]*))*)");
    private static final Pattern IN_PLACE = Pattern.compile("\\bin\\s+((?:[A-Z][\\w'’-]*)(?:\\s+[A-Z][\\w'’-]*)*)");
    private static final Pattern YEAR = Pattern.compile("(?<![-–\\d])\\b((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(?:19|20)\\d{2}\\s*[.\\-/年]\\s*\\d{1,2}\\s*[.\\-/月]\\s*\\d{1,2}\\b");
    private static final Pattern WORK_YEAR = Pattern.compile("(?i)\\b(?:summed up|summari[sz]ed|summary of|reviewed|review of|"
            + "looked back on)\\b[^.;]{0,120}?\\b((?:19|20)\\d{2})\\b[^.;]{0,80}?\\b(?:deployed|deployment|arranged|arrangements?|"
            + "planned|plans?|made plans)\\b[^.;]{0,100}?\\b((?:19|20)\\d{2})\\b");
    private static final Set<String> NOT_VENUE = Set.of("On", "The", "In", "At", "This", "That", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    private final RegionGazetteer gazetteer;
    private final OfficialFinder officialFinder;
    private final MeetingFinder meetingFinder = new MeetingFinder();
    private final ParticipationFinder participationFinder = new ParticipationFinder();
    private final DateResolver dateResolver = new DateResolver();
    private final OrganizerFinder organizerFinder = new OrganizerFinder();
    private final HostResolver hostResolver = new HostResolver();
    private final HostDecider hostDecider;

    private final Clock clock;

    /**
     * @param gazetteer        the regions
     * @param clock            today, so that a year the text mentions in the future is not taken for the report's own
     * @param isChineseSurname true for a Chinese surname: "Zhang Xi" goes by "Zhang", never by "Xi"
     */
    public RuleBasedExtractor(RegionGazetteer gazetteer, Clock clock, Predicate<String> isChineseSurname) {
        this(gazetteer, clock, isChineseSurname, HostDecider.RULES);
    }

    /** @param hostDecider the last word on a meeting's hosts, given the rules' answer and the candidates */
    public RuleBasedExtractor(RegionGazetteer gazetteer, Clock clock, Predicate<String> isChineseSurname,
                              HostDecider hostDecider) {
        this.gazetteer = gazetteer;
        this.hostDecider = hostDecider;
        this.clock = clock;
        this.officialFinder = new OfficialFinder(isChineseSurname);
    }

    @Override
    public Extraction extract(AnnotatedReport annotated) {
        Report report = annotated.report();
        ReportRegions regions = new ReportRegions(gazetteer, report);
        OfficialFinder.Result people = officialFinder.find(annotated, regions);
        OptionalInt textYear = textYear(report, LocalDate.now(clock).getYear());

        Dates dates = new Dates(report, annotated, textYear);
        List<MeetingDraft> drafts = meetings(annotated, regions, dates);
        Map<String, List<Participation>> byOfficial = new LinkedHashMap<>();
        List<Participation> participations = new ArrayList<>();
        Set<String> absent = new LinkedHashSet<>();
        Set<String> present = new LinkedHashSet<>();
        List<PersonMention> lastList = List.of(); // the last act of several people: who "the governors of the four places" are
        int firstMeeting = drafts.stream().mapToInt(d -> d.sentence.index()).min().orElse(-1);
        boolean onVisit = false;
        // the one person who is the subject of the previous sentence's first act, for "He pointed out …" after it
        PersonMention previousSubject = null;
        int previousSubjectSentence = -2;
        for (Sentence s : annotated.sentences()) {
            List<PersonMention> here = people.mentions().stream().filter(m -> m.sentence() == s).toList();
            onVisit |= !here.isEmpty() && !participationFinder.visitors(s, here).isEmpty();
            if (here.isEmpty() && previousSubject != null && previousSubjectSentence == s.index() - 1
                    && participationFinder.pronounSays(s) && !drafts.isEmpty() && !(onVisit && s.index() < firstMeeting)) {
                // "Li presided over a symposium, listening to the reports of A and B. He pointed out …": Li spoke
                OfficialFinder.Person person = people.persons().get(previousSubject.key());
                if (person != null && !person.credit && !person.notOfficial) {
                    for (MeetingDraft d : targets(drafts, s, "")) {
                        Participation p = new Participation(person.name, d.key(drafts), Role.SPOKE, evidence(s), 0.7);
                        if (participations.stream().noneMatch(q -> q.official().equals(p.official())
                                && q.meetingKey().equals(p.meetingKey()) && q.role() == p.role())) {
                            participations.add(p);
                            byOfficial.computeIfAbsent(person.key, k -> new ArrayList<>()).add(p);
                        }
                    }
                }
            }
            if (here.isEmpty()) {
                Optional<ParticipationFinder.GroupAct> group = participationFinder.groupAct(s);
                if (group.isPresent() && group.get().size() == lastList.size() && ofDistinctPlaces(lastList, people)
                        && !drafts.isEmpty()) {
                    for (MeetingDraft d : targets(drafts, s, group.get().object())) {
                        for (PersonMention pm : lastList) {
                            OfficialFinder.Person person = people.persons().get(pm.key());
                            Participation p = new Participation(person.name, d.key(drafts), group.get().role(), evidence(s), 0.7);
                            if (participations.stream().noneMatch(q -> q.official().equals(p.official())
                                    && q.meetingKey().equals(p.meetingKey()) && q.role() == p.role())) {
                                participations.add(p);
                                byOfficial.computeIfAbsent(person.key, k -> new ArrayList<>()).add(p);
                            }
                        }
                    }
                }
                continue;
            }
            absent.addAll(participationFinder.absentees(s, here).stream().map(PersonMention::key).toList());
            List<ParticipationFinder.Act> acts = participationFinder.find(s, here);
            previousSubject = !acts.isEmpty() && acts.get(0).people().size() == 1 ? acts.get(0).people().get(0) : null;
            previousSubjectSentence = s.index();
            for (ParticipationFinder.Act act : acts) {
                if (onVisit && s.index() < firstMeeting && act.roles().contains(Role.SPOKE)) {
                    // "… inspected the training center. At the training center, the college's president introduced …":
                    // what is said on a visit before any meeting of it is reported was said at a visited place
                    continue;
                }
                if (act.people().size() >= 2 && act.people().stream().allMatch(pm -> people.persons().get(pm.key()) != null)) {
                    lastList = act.people();
                }
                if (!act.roles().contains(Role.SPOKE)) {
                    act.people().forEach(pm -> present.add(pm.key()));
                }
                if (drafts.isEmpty()) {
                    drafts.add(new MeetingDraft(report.title(), s, true, 0.5));
                }
                for (MeetingDraft d : targets(drafts, s, act.object())) {
                    for (PersonMention pm : act.people()) {
                        OfficialFinder.Person person = people.persons().get(pm.key());
                        if (person == null || person.credit || (person.notOfficial && person.titles.isEmpty())) {
                            continue;
                        }
                        for (Role role : act.roles()) {
                            Participation p = new Participation(person.name, d.key(drafts), role,
                                    evidence(s), role == Role.ATTENDED ? 0.85 : 0.8);
                            if (participations.stream().noneMatch(q -> q.official().equals(p.official())
                                    && q.meetingKey().equals(p.meetingKey()) && q.role() == p.role())) {
                                participations.add(p);
                                byOfficial.computeIfAbsent(person.key, k -> new ArrayList<>()).add(p);
                            }
                        }
                    }
                }
            }
        }
        // "Ge Daokai read out the speech by Vice Minister Lu Xin. Lu Xin pointed out …": Lu Xin was not there
        absent.removeAll(present);
        for (String key : absent) {
            OfficialFinder.Person person = people.persons().get(key);
            if (person != null) {
                participations.removeIf(p -> p.official().equals(person.name));
                byOfficial.remove(person.key);
            }
        }
        addVisitors(annotated, people, drafts, participations, byOfficial);
        List<Official> officials = new ArrayList<>();
        for (OfficialFinder.Person p : new LinkedHashSet<>(people.persons().values())) {
            if (p.credit || (p.notOfficial && p.titles.isEmpty()) || (p.titles.isEmpty() && !byOfficial.containsKey(p.key))) {
                continue; // named, but neither holding a post nor taking part: not in an official capacity here
            }
            PersonMention first = p.mentions.get(0);
            officials.add(new Official(p.name, p.variants, List.copyOf(p.titles.values()), evidence(first.sentence()),
                    p.confidence));
        }
        List<Meeting> meetings = new ArrayList<>();
        // the day each meeting's sentence was given, for "the same day" and "the next day" after it
        Map<Integer, PartialDate> meetingDays = new LinkedHashMap<>();
        for (MeetingDraft d : drafts) {
            Optional<DateResolver.Resolved> date = Optional.empty();
            for (Sentence s : d.mentions) {
                // the headline may name the meeting first; "On July 2, the … meeting was held" dates it
                date = dates.resolve(s);
                if (date.isPresent()) {
                    break;
                }
            }
            if (date.isEmpty() && dateResolver.refersToSameDay(d.sentence.text())) {
                date = dates.dayBefore(d.sentence.index(), meetingDays).map(pd -> new DateResolver.Resolved(pd, 0.7));
            }
            OptionalInt later = date.isEmpty() ? dateResolver.daysAfterPrevious(d.sentence.text()) : OptionalInt.empty();
            if (later.isPresent()) {
                // "On November 3, … The next day, …": counted from the day the text gave last
                date = dates.dayBefore(d.sentence.index(), meetingDays).filter(pd -> pd.day().isPresent())
                        .map(pd -> new DateResolver.Resolved(PartialDate.of(LocalDate.of(pd.year(), pd.month().get(), pd.day().get())
                                .plusDays(later.getAsInt())), 0.65));
            }
            if (date.isEmpty() && later.isEmpty() && d != drafts.get(0)) {
                // "The next day, the delegation went to Wenshan. At the signing ceremony held there, …": the sentence
                // right before, which tells of no meeting, moves the story to the day
                date = dayOfTheMoveBefore(annotated, d.sentence.index(), dates, meetingDays);
            }
            // "Recently, the county held …": an earlier sentence's day is another event's
            if (date.isEmpty() && later.isEmpty() && d == drafts.get(0) && !dateResolver.withoutDay(d.sentence.text())) {
                date = leadDate(annotated, d.sentence.index(), dates);
            }
            if (date.isEmpty() && later.isEmpty() && d == drafts.get(0) && MeetingFinder.mentionsMeeting(report.title())) {
                // "County work conference held on September 5" over a body that gives no day
                date = dates.resolveHeadline().map(r -> new DateResolver.Resolved(r.date(), r.confidence() * 0.8));
            }
            date.ifPresent(r -> meetingDays.putIfAbsent(d.sentence.index(), r.date()));
            List<OrganizerFinder.Organizer> organizers = new ArrayList<>(organizerFinder.find(d.sentence.text(), regions));
            // "…took part in the meeting, which was sponsored by …", "Convened by …, the conference reviewed …"
            for (Sentence s : annotated.sentences()) {
                // "A and B signed an agreement … Their leaders attended the signing ceremony": the signing's holders
                boolean signers = d.name.toLowerCase(Locale.ROOT).contains("signing") && OrganizerFinder.namesSigningBodies(s.text());
                if (s != d.sentence && (MeetingFinder.mentionsMeeting(s.text()) && OrganizerFinder.namesOrganizer(s.text())
                        || signers) && targets(drafts, s, "").contains(d)) {
                    for (OrganizerFinder.Organizer o : organizerFinder.find(s.text(), regions)) {
                        if (organizers.stream().noneMatch(x -> x.body().name().equalsIgnoreCase(o.body().name()))) {
                            organizers.add(o);
                        }
                    }
                }
            }
            List<OrganizerFinder.Organizer> inFull = organizerFinder.namedInFull(organizers, annotated.sentences().stream()
                    .filter(x -> x.index() <= d.sentence.index()).map(Sentence::text).collect(Collectors.joining(" ")), regions);
            organizers.clear();
            organizers.addAll(inFull);
            if (organizers.isEmpty() && HostResolver.namesNoHolder(d.name, regions)) {
                // "The expo, co-hosted by …, opened … The opening ceremony was presided over by …": a meeting whose
                // report names no body holding it is part of the event the text last said some bodies hold
                organizers.addAll(organizerFinder.heldBefore(annotated.sentences().stream().map(Sentence::text).toList(),
                        d.sentence.index(), regions));
            }
            Optional<String> venue = venue(d.sentence.text());
            // the place may be given by another sentence that reports the meeting being held there, as the date may,
            // but not by one that places a sub-venue ("attended the meeting at a sub-venue in Lanzhou") or names a
            // place only as its topic ("At the meeting, members heard a report on the floods in Jiangxi")
            Optional<Region> location = placeIn(d.sentence.text(), regions).or(() -> d.mentions.stream()
                    .filter(s -> !HostResolver.SUB_VENUE.matcher(s.text()).find())
                    .map(s -> heldIn(s.text(), regions)).flatMap(Optional::stream).findFirst())
                    // "The session … concluded at the Great Hall of the People in Beijing. … attended the closing
                    // meeting": the report's opening sentence places the meeting it leads with
                    .or(() -> d == drafts.get(0) && !annotated.sentences().isEmpty()
                            && annotated.sentences().get(0).index() < d.sentence.index()
                            ? heldIn(annotated.sentences().get(0).text(), regions) : Optional.empty());
            List<Participation> ps = participations.stream().filter(p -> p.meetingKey().equals(d.key(drafts))).toList();
            java.util.function.Supplier<Optional<Region>> visit = () -> visited(annotated, d.sentence.index(), regions);
            List<Region> ruleHosts = hostResolver.hosts(d.name, d.sentence.text(), report.title(), organizers, officials, ps, regions,
                    visit);
            HostQuestion question = new HostQuestion(report.id(), d.key(drafts), ruleHosts, () -> HostFeatures.candidates(
                    d.name, d.sentence.text(), report.title(), organizers, officials, ps, regions, visit, ruleHosts));
            List<Meeting.Host> hosts = hostDecider.decide(question).stream()
                    .map(r -> new Meeting.Host(r, evidence(d.sentence), d.confidence * 0.9)).toList();
            meetings.add(new Meeting(d.key(drafts), d.name, date.map(DateResolver.Resolved::date), venue, location,
                    organizers.stream().map(OrganizerFinder.Organizer::body).toList(), hosts, evidence(d.sentence), d.confidence));
        }
        return new Extraction(report, officials, meetings, participations);
    }

    /**
     * "Minister A and Vice Minister B visited the province; A met with the governor and attended a workshop": who
     * goes on a visit takes part in each meeting reported from the visit on, unless the text ties them to one part.
     */
    private void addVisitors(AnnotatedReport annotated, OfficialFinder.Result people, List<MeetingDraft> drafts,
                             List<Participation> participations, Map<String, List<Participation>> byOfficial) {
        List<Participation> explicit = List.copyOf(participations);
        for (Sentence s : annotated.sentences()) {
            List<PersonMention> here = people.mentions().stream().filter(m -> m.sentence() == s).toList();
            for (PersonMention pm : here.isEmpty() ? List.<PersonMention>of() : participationFinder.visitors(s, here)) {
                OfficialFinder.Person person = people.persons().get(pm.key());
                if (person == null || person.credit || person.notOfficial) {
                    continue;
                }
                // "X accompanied the inspection. … together with X, attended the report meeting.": the text ties X
                // to the parts it names X at, when it names X at some but not all of the visit's meetings
                // "C accompanied the research.", "D and E took part in the above activities." after meetings were told:
                // a summing-up of the visit, which is every meeting of the report, whatever part another sentence names C
                // at (said before the meetings, a later sentence may still tie C to one part)
                boolean whole = participationFinder.wholeVisit(s) && drafts.stream().anyMatch(d -> d.sentence.index() < s.index());
                List<String> visitMeetings = drafts.stream().filter(d -> whole || d.sentence.index() >= s.index())
                        .map(d -> d.key(drafts)).toList();
                if (!whole && explicit.stream().anyMatch(q -> q.official().equals(person.name)
                        && visitMeetings.contains(q.meetingKey()))) {
                    continue;
                }
                for (MeetingDraft d : drafts) {
                    String key = d.key(drafts);
                    if (visitMeetings.contains(key) && participations.stream()
                            .noneMatch(q -> q.official().equals(person.name) && q.meetingKey().equals(key))) {
                        Participation p = new Participation(person.name, key, Role.ATTENDED, evidence(s), 0.7);
                        participations.add(p);
                        byOfficial.computeIfAbsent(person.key, k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
    }

    /** The day the sentence before {@code index} gives, when it names no meeting: "The next day, the delegation went to X." */
    private Optional<DateResolver.Resolved> dayOfTheMoveBefore(AnnotatedReport annotated, int index, Dates dates,
                                                               Map<Integer, PartialDate> meetingDays) {
        if (index == 0) {
            return Optional.empty();
        }
        Sentence before = annotated.sentences().get(index - 1);
        if (MeetingFinder.mentionsMeeting(before.text())) {
            return Optional.empty();
        }
        OptionalInt later = dateResolver.daysAfterPrevious(before.text());
        if (later.isEmpty()) {
            return dates.resolve(before).map(r -> new DateResolver.Resolved(r.date(), r.confidence() * 0.8));
        }
        return dates.dayBefore(before.index(), meetingDays).filter(pd -> pd.day().isPresent())
                .map(pd -> new DateResolver.Resolved(PartialDate.of(LocalDate.of(pd.year(), pd.month().get(), pd.day().get())
                        .plusDays(later.getAsInt())), 0.6));
    }

    /**
     * The date of the report's first meeting when the sentence that names it has none: the nearest earlier
     * sentence that speaks of a meeting or opens the report ("On July 11, the Ministry … held …").
     */
    private Optional<DateResolver.Resolved> leadDate(AnnotatedReport annotated, int upTo, Dates dates) {
        for (int i = upTo; i >= 0; i--) {
            Sentence s = annotated.sentences().get(i);
            if (i > 1 && !MeetingFinder.mentionsMeeting(s.text())) {
                continue;
            }
            Optional<DateResolver.Resolved> d = dates.resolve(s);
            if (d.isPresent()) {
                return Optional.of(new DateResolver.Resolved(d.get().date(), d.get().confidence() * 0.9));
            }
        }
        return Optional.empty();
    }

    /** The region of the visit the text reports up to a sentence, the latest named first ("During his stay in …"). */
    private static Optional<Region> visited(AnnotatedReport annotated, int upTo, ReportRegions regions) {
        for (int i = upTo; i >= 0; i--) {
            Optional<Region> r = HostResolver.visited(annotated.sentences().get(i).text(), regions);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** A meeting being assembled from its mentions. */
    private static final class MeetingDraft {
        String name;
        final Sentence sentence;
        /** Every sentence that reports this meeting, the first one included. */
        final List<Sentence> mentions = new ArrayList<>();
        boolean specific;
        final double confidence;

        MeetingDraft(String name, Sentence sentence, boolean specific, double confidence) {
            this.name = name;
            this.sentence = sentence;
            this.mentions.add(sentence);
            this.specific = specific;
            this.confidence = confidence;
        }

        String key(List<MeetingDraft> all) {
            return "m" + (all.indexOf(this) + 1);
        }
    }

    /**
     * Dates in one report: read against its publication date, or against a news agency's dateline when the text opens
     * with one ("BEIJING, June 9 (Xinhua) -- … on Wednesday"), with the year the text gives when the page has none.
     */
    private final class Dates {
        private final Report report;
        private final AnnotatedReport annotated;
        private final OptionalInt textYear;
        private final Optional<DateResolver.Dateline> dateline;
        private final Optional<LocalDate> reference;

        Dates(Report report, AnnotatedReport annotated, OptionalInt textYear) {
            this.report = report;
            this.annotated = annotated;
            this.textYear = textYear;
            this.dateline = dateResolver.dateline(report.text(), report.published());
            this.reference = dateline.flatMap(DateResolver.Dateline::date).or(report::published);
        }

        /** The date a sentence gives; the dateline's day for the sentence it opens, when that gives none of its own. */
        Optional<DateResolver.Resolved> resolve(Sentence s) {
            return resolve(s, yearFor(s, report, textYear));
        }

        /** The date a sentence gives by itself or with the publication date, never with a year taken from the text. */
        Optional<DateResolver.Resolved> resolveOwn(Sentence s) {
            return resolve(s, OptionalInt.empty());
        }

        private Optional<DateResolver.Resolved> resolve(Sentence s, OptionalInt year) {
            if (dateline.isPresent() && s.start() < dateline.get().end()) {
                int cut = Math.min(s.text().length(), dateline.get().end() - s.start());
                Optional<DateResolver.Resolved> own = dateResolver.resolve(s.text().substring(cut), reference, year);
                return own.or(() -> dateline.get().date().map(d -> new DateResolver.Resolved(PartialDate.of(d), 0.8)));
            }
            return dateResolver.resolve(s.text(), reference, year);
        }

        /** A day the headline gives in words ("… held on September 5"); a page's date written in figures is not one. */
        Optional<DateResolver.Resolved> resolveHeadline() {
            String words = NUMERIC_DATE.matcher(report.title()).replaceAll(" ");
            return dateResolver.resolve(words, reference, textYear);
        }

        /**
         * The last day the text reached before a sentence: a meeting's (however it was found) or that of a sentence
         * opening with its day, so that "the same day" after "On July 11, the vice governor inspected three schools"
         * is July 11, but not after "Since the first agreement was signed on 12 September 2021, …".
         */
        Optional<PartialDate> dayBefore(int index, Map<Integer, PartialDate> meetingDays) {
            for (int i = index - 1; i >= 0; i--) {
                if (meetingDays.containsKey(i)) {
                    return Optional.of(meetingDays.get(i));
                }
                Sentence s = annotated.sentences().get(i);
                if (!dateResolver.opensWithDate(s.text())) {
                    continue;
                }
                Optional<DateResolver.Resolved> d = resolve(s);
                if (d.isPresent()) {
                    return Optional.of(d.get().date());
                }
            }
            return Optional.empty();
        }
    }

    private List<MeetingDraft> meetings(AnnotatedReport annotated, ReportRegions regions, Dates dates) {
        // a sentence's holding bodies are compared with every later candidate's: read them once per sentence
        Map<Sentence, Set<Region>> jurisdictions = new IdentityHashMap<>();
        Function<Sentence, Set<Region>> bodies = s -> jurisdictions.computeIfAbsent(s, x -> jurisdictions(x.text(), regions));
        List<MeetingDraft> drafts = new ArrayList<>();
        // "The event consisted of two stages: a site visit and an exchange session": a part named later is the event
        Map<String, MeetingDraft> parts = new LinkedHashMap<>();
        for (Sentence s : annotated.sentences()) {
            if (!drafts.isEmpty()) {
                for (String part : MeetingFinder.parts(s.text())) {
                    parts.putIfAbsent(part, drafts.get(drafts.size() - 1));
                }
            }
            for (MeetingFinder.Candidate c : meetingFinder.find(s)) {
                MeetingDraft part = parts.get(c.name().toLowerCase(Locale.ROOT));
                if (part == null && MeetingFinder.isOpeningSitting(c.name())) {
                    // "From June 26 to 28, the Fourth Congress … was held. On the 26th, the congress held the opening
                    // meeting": the congress opens with that sitting; a closing meeting it holds is another
                    part = MeetingFinder.holderOf(s.text(), c.name()).flatMap(holder -> latestOfKind(drafts, holder))
                            .orElse(null);
                    if (part != null) {
                        part.name = c.name() + " of the " + part.name.replaceFirst("(?i)^the\\s+", "");
                    }
                }
                // a meeting that is separate by its kind ("met with X", "alongside a forum") is only itself again
                MeetingDraft same = part != null ? part : c.separate()
                        ? drafts.stream().filter(d -> d.name.equalsIgnoreCase(c.name())
                                || MeetingFinder.refersBackToGroupOf(c.name(), d.name)).findFirst().orElse(null)
                        : sameMeeting(drafts, c, dates, bodies);
                if (same == null) {
                    drafts.add(new MeetingDraft(c.name(), s, c.specific(), c.confidence()));
                } else {
                    same.mentions.add(s);
                    if (!same.specific && c.specific()) {
                        same.name = c.name();
                        same.specific = true;
                    }
                }
            }
        }
        return drafts;
    }

    private MeetingDraft sameMeeting(List<MeetingDraft> drafts, MeetingFinder.Candidate c, Dates dates,
                                     Function<Sentence, Set<Region>> bodies) {
        if (drafts.isEmpty()) {
            return null;
        }
        Set<Region> cBodies = bodies.apply(c.sentence());
        Optional<DateResolver.Resolved> cDate = dates.resolveOwn(c.sentence());
        Optional<String> cHead = MeetingFinder.head(c.name());
        Optional<String> cScope = MeetingFinder.scope(c.name());
        if (!c.specific() && !c.indefinite() && cHead.isPresent()) {
            // "presided over the forum", "briefed the meeting": the latest meeting of that kind, else the one reported last
            Pattern head = Pattern.compile("(?i)\\b" + Pattern.quote(cHead.get()) + "\\b");
            for (int i = drafts.size() - 1; i >= 0; i--) {
                if (head.matcher(drafts.get(i).name).find()) {
                    return drafts.get(i);
                }
            }
            return drafts.get(drafts.size() - 1);
        }
        if (c.specific()) {
            // "presided over the closing meeting": the meeting of that very name ("closing meeting of the congress"), not
            // an "opening meeting" before it
            for (int i = drafts.size() - 1; i >= 0; i--) {
                MeetingDraft d = drafts.get(i);
                boolean sameName = d.name.equalsIgnoreCase(c.name())
                        || d.name.toLowerCase(Locale.ROOT).startsWith(c.name().toLowerCase(Locale.ROOT) + " of ");
                if (sameName && !onDifferentDays(c, d, cDate, dates)) {
                    return d;
                }
            }
        }
        for (MeetingDraft d : drafts) {
            // "After the national video conference, the governor presided over the provincial meeting": another level's
            Optional<String> dScope = MeetingFinder.scope(d.name);
            if (cScope.isPresent() && dScope.isPresent() && !cScope.equals(dScope)) {
                continue;
            }
            // "On the afternoon of the same day, the government held a special meeting on …": another meeting, unless
            // it is of the same kind ("a commendation meeting of …" in the headline, "a commendation meeting for …")
            // A meeting the text reports being held under a name of another kind is another meeting too, even named
            // with "the" ("After the election meeting, the closing general meeting will be held")
            if ((c.introduced() || c.held()) && c.specific() && c.sentence() != d.sentence && overlap(d.name, c.name()) <= 0.5
                    && !MeetingFinder.kind(d.name).equals(MeetingFinder.kind(c.name()))) {
                continue;
            }
            boolean sameHead = cHead.isPresent() && d.name.toLowerCase(Locale.ROOT).contains(cHead.get());
            // "attended a workshop" after a meeting with the governor: a bare noun with "a" is a new kind of event
            boolean anotherKind = !c.specific() && c.indefinite() && !sameHead;
            if (sameHead || (!c.specific() && !anotherKind) || overlap(d.name, c.name()) >= 0.5) {
                Optional<DateResolver.Resolved> dDate = dates.resolveOwn(d.sentence);
                boolean differentDays = cDate.isPresent() && dDate.isPresent() && !cDate.get().date().equals(dDate.get().date())
                        && c.sentence() != d.sentence;
                // "the Ministry held a video conference …; after it, Jiangxi Province held a video conference …"
                Set<Region> dBodies = c.sentence() == d.sentence ? Set.of() : bodies.apply(d.sentence);
                boolean otherBodies = !c.name().equalsIgnoreCase(d.name) && !cBodies.isEmpty() && !dBodies.isEmpty()
                        && cBodies.stream().noneMatch(x -> dBodies.stream().anyMatch(y -> related(x, y)));
                if (!differentDays && !otherBodies) {
                    return d;
                }
            }
        }
        // A new kind of event with a name of its own is another meeting; a bare mention is the last one.
        boolean newKind = !c.specific() && c.indefinite() && cHead.isPresent();
        MeetingDraft last = drafts.get(drafts.size() - 1);
        Optional<String> lastScope = MeetingFinder.scope(last.name);
        boolean otherLevel = cScope.isPresent() && lastScope.isPresent() && !cScope.equals(lastScope);
        return (c.specific() || newKind) && cHead.isPresent() && (!c.refersBack() || otherLevel) ? null : last;
    }

    /** The meeting reported last whose head noun is the given one ("congress"). */
    private static Optional<MeetingDraft> latestOfKind(List<MeetingDraft> drafts, String head) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (MeetingFinder.head(drafts.get(i).name).filter(head::equals).isPresent()) {
                return Optional.of(drafts.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when the text gives a candidate and a meeting in another sentence two different days. */
    private static boolean onDifferentDays(MeetingFinder.Candidate c, MeetingDraft d, Optional<DateResolver.Resolved> cDate,
                                           Dates dates) {
        Optional<DateResolver.Resolved> dDate = dates.resolveOwn(d.sentence);
        return cDate.isPresent() && dDate.isPresent() && !cDate.get().date().equals(dDate.get().date())
                && c.sentence() != d.sentence;
    }

    /** The same region, or one within the other below the country: a sponsor and its undertaker. */
    private static boolean related(Region a, Region b) {
        return a.equals(b) || (a.level() != RegionLevel.COUNTRY && b.level() != RegionLevel.COUNTRY
                && (a.isWithin(b) || b.isWithin(a)));
    }

    /** The regions (China for central bodies) of the bodies a sentence says hold a meeting. */
    private Set<Region> jurisdictions(String sentence, ReportRegions regions) {
        Set<Region> out = new LinkedHashSet<>();
        for (OrganizerFinder.Organizer o : organizerFinder.find(sentence, regions)) {
            HostResolver.jurisdiction(o.body(), regions).ifPresent(out::add);
        }
        return out;
    }

    private static double overlap(String a, String b) {
        Set<String> x = new LinkedHashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> y = new LinkedHashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        Set<String> common = new LinkedHashSet<>(x);
        common.retainAll(y);
        return x.isEmpty() || y.isEmpty() ? 0 : 2.0 * common.size() / (x.size() + y.size());
    }

    /** The meetings an act in a sentence is about: the one its object names, all for "the events", else the current one. */
    private static List<MeetingDraft> targets(List<MeetingDraft> drafts, Sentence s, String object) {
        String o = object.toLowerCase(Locale.ROOT);
        if (drafts.size() > 1 && o.matches("^\\s*(?:the\\s+)?(?:both\\s+|two\\s+)?(?:events|meetings|activities)\\b.*")) {
            return drafts;
        }
        if (drafts.size() > 1) {
            // the latest meeting reported so far that the object names: "attended the feedback meeting" by its
            // name before any other "… meeting", "presided over the meeting" by its kind
            List<MeetingDraft> latestFirst = new ArrayList<>(drafts.stream().filter(d -> d.sentence.index() <= s.index()).toList());
            Collections.reverse(latestFirst);
            drafts.stream().filter(d -> !latestFirst.contains(d)).forEach(latestFirst::add);
            for (MeetingDraft d : latestFirst) {
                String name = d.name.toLowerCase(Locale.ROOT);
                if (d.specific && o.matches("^\\s*(?:the\\s+|a\\s+|an\\s+)?" + Pattern.quote(name) + "(?!\\w).*")) {
                    return List.of(d);
                }
            }
            // by kind, only a meeting reported so far when there is one: "presided over the meeting" is not a
            // meeting of the Standing Committee reported the next day
            boolean reportedSoFar = drafts.stream().anyMatch(d -> d.sentence.index() <= s.index());
            for (MeetingDraft d : latestFirst) {
                if (reportedSoFar && d.sentence.index() > s.index()) {
                    continue;
                }
                Optional<String> head = MeetingFinder.head(d.name);
                String[] words = d.name.toLowerCase(Locale.ROOT).split("\\W+");
                String first = words.length > 0 ? words[0] : "";
                if (head.isPresent() && o.matches("^\\s*(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}" + Pattern.quote(head.get()) + "\\b.*")
                        || (!first.isEmpty() && o.matches("^\\s*(?:the\\s+)?" + Pattern.quote(first) + "\\b.*"))) {
                    return List.of(d);
                }
            }
        }
        // the meeting the text last spoke of: "At the exchange meeting, which Luo presided over, Tai and Xu delivered
        // speeches. … Chan and Guo signed …" is the exchange meeting, though another was reported after it ("Before the
        // meeting, Xu met with the delegation")
        MeetingDraft current = drafts.get(0);
        int lastSpoken = -1;
        for (MeetingDraft d : drafts) {
            if (d != drafts.get(0) && isAlongside(drafts, d)) {
                continue;
            }
            int spoken = d.mentions.stream().mapToInt(Sentence::index).filter(i -> i <= s.index()).max().orElse(-1);
            if (spoken >= 0 && spoken >= lastSpoken) {
                current = d;
                lastSpoken = spoken;
            }
        }
        return List.of(current);
    }

    /** A meeting reported in the same sentence as the one before it ("alongside a symposium"). */
    private static boolean isAlongside(List<MeetingDraft> drafts, MeetingDraft d) {
        int i = drafts.indexOf(d);
        return i > 0 && drafts.get(i - 1).sentence == d.sentence;
    }

    /** The verb of a sentence that reports a meeting being held: "was held in Beijing", "presided over … in Beijing". */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:held|convened|opened|took place|presided over|chaired|"
            + "hosted|concluded|closed)\\b[^,;.]*");

    /** The region a meeting took place in: "in Kunming", "at the Great Hall of the People in Beijing". */
    private static Optional<Region> placeIn(String sentence, ReportRegions regions) {
        Matcher m = IN_PLACE.matcher(sentence);
        while (m.find()) {
            Optional<Region> r = regions.regionsIn(m.group(1)).stream()
                    .filter(x -> x.level() != RegionLevel.COUNTRY).findFirst();
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The region a sentence says a meeting was held in: "in X" within the clause of its holding verb. */
    private static Optional<Region> heldIn(String sentence, ReportRegions regions) {
        Matcher held = HELD.matcher(sentence);
        while (held.find()) {
            Optional<Region> r = placeIn(held.group(), regions);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> venue(String sentence) {
        Matcher m = VENUE.matcher(sentence);
        while (m.find()) {
            String v = m.group(1).replaceAll("[.]$", "").strip();
            if (!NOT_VENUE.contains(v.split("\\s+")[0]) && !v.matches("(?i).*\\b(form|name|spirit)\\b.*")) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }


    /** When a page has no publication date, the latest year its text places events "in" (not ranges, not targets). */
    /**
     * The year a page without a publication date gives its event: the one year its headline names
     * ("2018 Education and Sports Conference …"). Years elsewhere in the text are other events': never used.
     */
    private static OptionalInt textYear(Report report, int thisYear) {
        if (report.published().isPresent()) {
            return OptionalInt.empty();
        }
        OptionalInt headline = singleYear(report.title(), thisYear);
        return headline.isPresent() ? headline : workYear(report.text(), thisYear);
    }

    /**
     * "The conference summarized the work of 2015 and deployed the key tasks for 2016": a yearly work meeting reviews
     * one year and plans the next, early in the year it plans for. Only that pair of years is read, no other year.
     */
    private static OptionalInt workYear(String text, int thisYear) {
        Matcher m = WORK_YEAR.matcher(text);
        while (m.find()) {
            int reviewed = Integer.parseInt(m.group(1));
            int planned = Integer.parseInt(m.group(2));
            if (planned == reviewed + 1 && planned <= thisYear) {
                return OptionalInt.of(planned);
            }
        }
        return OptionalInt.empty();
    }

    /** The one year a text names ("in 2024", "the 2024 conference"), if it names exactly one and not as a range. */
    private static OptionalInt singleYear(String text, int thisYear) {
        Matcher m = YEAR.matcher(text);
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y <= thisYear) {
                years.add(y);
            }
        }
        return years.size() == 1 ? OptionalInt.of(years.iterator().next()) : OptionalInt.empty();
    }

    /** The year for a sentence: one it names itself, else the headline's. */
    private OptionalInt yearFor(Sentence s, Report report, OptionalInt headlineYear) {
        if (report.published().isPresent()) {
            return OptionalInt.empty();
        }
        OptionalInt own = singleYear(s.text(), LocalDate.now(clock).getYear());
        return own.isPresent() ? own : headlineYear;
    }

    private static Evidence evidence(Sentence s) {
        return new Evidence(s.index(), s.start(), s.end(), s.text());
    }

    /**
     * Whether a list of people can be "the leaders of both sides" or "the governors of the four places": no two of them
     * hold their posts in the same place ("Lu Shan and Xu Wen, Vice Governors of the province" are one side). A person
     * whose place the text does not give counts as a place of their own.
     */
    private static boolean ofDistinctPlaces(List<PersonMention> list, OfficialFinder.Result people) {
        Set<String> seen = new HashSet<>();
        for (PersonMention pm : list) {
            OfficialFinder.Person person = people.persons().get(pm.key());
            Optional<String> place = person == null ? Optional.empty() : person.titles.values().stream()
                    .map(t -> t.organization().flatMap(Organization::region)).flatMap(Optional::stream).map(Region::id)
                    .findFirst();
            if (place.isPresent() && !seen.add(place.get())) {
                return false;
            }
        }
        return true;
    }
}
