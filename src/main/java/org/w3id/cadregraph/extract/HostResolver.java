package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionLevel;

/** Decides which regions host a meeting: the regions whose bodies hold it. */
final class HostResolver {
    // National bodies and their ministers; a party committee's "minister of the Publicity Department" is local. "NPC"
    // is always the national legislature (a province's is its "provincial people's congress").
    static final Pattern CENTRAL = Pattern.compile("(?i)\\b(ministry of|state council|central committee|state councilor|"
            + "minister of (?!(?:the )?(?:publicity|propaganda|organization|united front)\\b)|"
            + "national people's congress|npc\\b|cppcc national|political bureau|premier|vice-premier|central military|mo[ef]\\b|"
            + "central (?:government|authorities)|supreme people's|general administration of|all-china|"
            // a body the centre names as its own ("the Fourth Central Environmental Protection Inspection Team", "National
            // Health Commission", "State Administration for Market Regulation"), not a university, a hospital or a zone
            // that only carries the word ("Central South University", "X National High-tech Zone Administrative Committee")
            // nor a region's own office that carries it ("Guangdong Provincial National Defense Mobilization Office",
            // "Nanjing Municipal State Security Bureau")
            + "(?<!(?i:provincial|municipal|prefectural|county|district|regional|city|town|township|autonomous|province|"
            + "prefecture|region|municipality|banner|league)\\s)"
            + "(?-i:(?:Central|National|State)(?:\\s+(?:(?!Zone|Park|Area|Demonstration|Pilot|University|College|Hospital|School)"
            + "[A-Z][\\w'’-]*|and|of|for|on))*?\\s+(?:Commission|Administration|Bureau|Agency|Committee|Office|Team|Council)\\b))");
    /** "feedback meeting of the Central … Team", "plenary session of the State Council": the body right after the noun. */
    private static final Pattern OF_BODY_AFTER_NOUN = Pattern.compile("(?i)^(?:" + MeetingFinder.NOUNS + ")\\s+of\\s+(?:the\\s+)?"
            + "(?-i:(\\p{Lu}[\\w'’.-]*(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+|on\\s+)?\\p{Lu}[\\w'’.-]*)*))");
    private static final Pattern FIRST_NOUN = Pattern.compile("(?i)\\b(?:" + MeetingFinder.NOUNS + ")\\b");
    /** "presided over the meeting at the Zhejiang sub-venue": the part of a meeting held in a region. */
    static final Pattern SUB_VENUE = Pattern.compile("(?i)\\b(?:sub-?\\s?venues?|branch venues?)\\b");
    /** A post held before: it places no one now. */
    private static final Pattern FORMER = Pattern.compile("(?i)^\\s*(?:former|retired|ex-|one-time|then)\\b");
    /** A meeting of the country: its name says so. */
    // "national" of a meeting or a body, not of a place a region keeps: "the national park demonstration province"
    static final Pattern NATIONAL_MEETING = Pattern.compile("(?i)\\b(national(?!\\s+(?:parks?|nature reserves?|forest parks?|"
            + "geoparks?|wetland parks?|scenic areas?)\\b)|nationwide|state council|"
            + "central committee|cpc central|chinese people's political consultative conference)\\b");
    private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(universit(?:y|ies)|colleges?|schools?|kindergartens?|"
            + "academy|institute|hospital|company|co\\.|ltd|corporation|enterprise)(?:\\b|(?<=\\.))");
    /** Words that make a body a region's own even when it is about schools. */
    private static final Pattern REGION_BODY = Pattern.compile("(?i)\\b(government|bureau|ministry|department|commission|"
            + "provincial|municipal|county|district|prefectur\\w*|province|autonomous region|people's congress|cppcc|town|township|"
            + "central committee|state council)\\b");
    /** "Office of the Leading Group for Schools": what a body is for does not make it a school. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\s+for\\s+(?:the\\s+)?[\\w\\s'-]*?(?=\\s+of\\s|$)");
    /** Bodies of a region: its government, party committee, congress and their departments. */
    private static final Pattern GOVERNMENT_BODY = Pattern.compile("(?i)\\b(government|bureau|department|commission|"
            + "committee|office|congress|cppcc|administration|presidium|leading group|region|province|city|municipality|"
            + "prefecture|league|banner|county|district|town|township|system)\\b");

    /**
     * Where a visit goes: "visited the Inner Mongolia Autonomous Region", "made a field trip to Heilongjiang Province",
     * "During his stay in Inner Mongolia", "led a delegation to Xining".
     */
    private static final Pattern VISIT_TO = Pattern.compile("(?i)\\b(?:visited|visiting|visit to|visits to|trip to|tour (?:of|to)|"
            + "inspection (?:of|in|to)|stay in|arrived in|(?:led|headed) (?:a|the) (?:[\\w-]+ ){0,3}?(?:delegation|team|group) to)"
            + "\\s+(?:the\\s+)?(\\p{Lu}[\\w'’-]*(?:\\s+\\p{Lu}[\\w'’-]*){0,3})");

    /** "He was in Beijing at the invitation of the municipal government": the body a guest's visit is hosted by. */
    private static final Pattern INVITED_BY = Pattern.compile("(?i)\\bat the invitation of\\s+(?:the\\s+)?([^,;.()]+?)"
            + "(?=\\s+(?:meeting|and|to|for|on|in|at|when|during)\\b|\\s*[,;.(]|$)");
    private static final Pattern IN_PLACE = Pattern.compile("\\bin\\s+(\\p{Lu}[\\w'’-]*(?:\\s+\\p{Lu}[\\w'’-]*){0,2})");
    private static final Pattern GENERIC_BODY = Pattern.compile("(?i)\\b(?:municipal|city|provincial|county|district|regional)\\b");

    /**
     * The region of the government body a sentence says invited a guest: named in the body, or for "the municipal
     * government" the place the sentence puts the guest in ("was in Beijing at the invitation of …").
     */
    static Optional<Region> invitedBy(String sentence, ReportRegions regions) {
        Matcher m = INVITED_BY.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String body = m.group(1);
        if (CENTRAL.matcher(body).find()) {
            return Optional.of(regions.china());
        }
        if (!isGovernmentBody(body)) {
            return Optional.empty(); // a friendship association or a university invites as itself
        }
        Optional<Region> named = regions.regionsIn(body).stream().filter(r -> r.level() != RegionLevel.COUNTRY).findFirst();
        if (named.isPresent()) {
            return named;
        }
        if (GENERIC_BODY.matcher(body).find()) {
            Matcher in = IN_PLACE.matcher(sentence);
            while (in.find()) {
                Optional<Region> place = regions.regionsIn(in.group(1)).stream()
                        .filter(r -> r.level() != RegionLevel.COUNTRY).findFirst();
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return regions.genericRegion(body);
    }

    /**
     * The region a sentence says a visit goes to: the first region it names after the verb. A meeting on the visit
     * that no body is said to hold is the visited region's, not that of bodies whose people only report at it.
     */
    static Optional<Region> visited(String sentence, ReportRegions regions) {
        Matcher m = VISIT_TO.matcher(sentence);
        while (m.find()) {
            Optional<Region> r = regions.regionsIn(m.group(1)).stream().filter(x -> x.level() != RegionLevel.COUNTRY).findFirst();
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /**
     * The regions whose bodies hold the meeting: the organizers' regions, else a region named in the meeting's
     * name, else what "provincial"/"municipal" in the name stands for, else the region of the official who
     * presides, else such a word in the sentence, else China for central bodies and leaders, else the region the
     * report is about.
     */
    List<Region> hosts(String meetingName, String meetingSentence, List<OrganizerFinder.Organizer> organizers,
                       List<Official> officials, List<Participation> participations, ReportRegions regions) {
        return hosts(meetingName, meetingSentence, "", organizers, officials, participations, regions, Optional::empty);
    }

    /**
     * As above, with the report's headline, which may name the meeting more fully than the sentence that reports it,
     * and for a meeting reported on a visit to a region, which hosts it when no body is said to hold it (read only
     * when needed: most meetings are placed before).
     */
    List<Region> hosts(String meetingName, String meetingSentence, String headline, List<OrganizerFinder.Organizer> organizers,
                       List<Official> officials, List<Participation> participations, ReportRegions regions,
                       Supplier<Optional<Region>> visit) {
        // A university's or a company's own meeting is no region's, unless the report says a government runs it.
        if (!organizers.isEmpty() && organizers.stream().allMatch(o -> isInstitution(o.body().name()))) {
            return organizers.stream().flatMap(o -> o.runBy().stream()).distinct().toList();
        }
        if (heldByCentralBodiesAlone(organizers)) {
            // a ministry's meeting that a province's department and a city's government undertake is the country's:
            // bodies that only undertake are organizers, not hosts
            return withRegionsPresiding(regions.china(), meetingName, officials, participations);
        }
        List<Region> fromOrganizers = fromOrganizers(organizers);
        if (!fromOrganizers.isEmpty()) {
            List<Region> hosts = withPresidersRegions(fromOrganizers, officials, participations);
            if (organizers.stream().anyMatch(o -> o.namedHost() && !o.supporting() && isCentral(o.body()))) {
                // "co-hosted by the Ministry of Commerce and the People's Government of Hainan Province": every body that
                // co-hosts adds its region, the ministry the country's; a ministry and a region that meet each other
                // ("held a ministry-province consultation meeting") make a ministry–region meeting: the region's
                hosts.add(0, regions.china());
            }
            return hosts;
        }
        if (centralBodyOfName(meetingName)) {
            // "the feedback meeting of the Second Central … Inspection Team to Hubei Province": the name says whose it is
            return withRegionsPresiding(regions.china(), meetingName, officials, participations);
        }
        // a guest's meetings are hosted by whoever invited them, not by the national rank of an official they meet
        Optional<Region> inviter = invitedBy(meetingSentence, regions);
        if (inviter.isPresent()) {
            return List.of(inviter.get());
        }
        if (meetingName.startsWith(MeetingFinder.MEETING_WITH)) {
            // a call on a local leader, or a delegation received: the region whose leaders take part, not the one a
            // delegation comes from ("met with a delegation of investors from Hong Kong")
            List<Region> local = localRegionsOf(officials, participations);
            if (!local.isEmpty()) {
                return local;
            }
        }
        List<Region> inName = regions.regionsIn(meetingName).stream().filter(r -> r.level() != RegionLevel.COUNTRY).toList();
        if (!inName.isEmpty()) {
            // the first region the name gives ("… Commission of Pudong New Area, Shanghai"), but a town named in a
            // ceremony's name is mostly where a school lies: a county or above then
            return withPresidersRegions(
                    List.of(inName.stream().filter(r -> r.level() != RegionLevel.TOWNSHIP).findFirst().orElse(inName.get(0))),
                    officials, participations);
        }
        boolean centralOrganizer = organizers.stream().anyMatch(o -> isCentral(o.body()));
        if (NATIONAL_MEETING.matcher(meetingName).find() || centralOrganizer) {
            // "the National People's Congress"; a meeting only central bodies hold, wherever it takes place
            return withRegionsPresiding(regions.china(), meetingName, officials, participations);
        }
        Optional<Region> generic = regions.genericRegion(meetingName);
        if (generic.isPresent()) {
            return List.of(generic.get());
        }
        // "County holds unveiling ceremony of X and Y kindergartens in Z Street, Linquan County" over "held an on-site
        // unveiling ceremony": the headline's name of the same meeting places it where the sentence's does not
        List<Region> inHeadline = regions.regionsIn(headlineName(headline, meetingName)).stream()
                .filter(r -> r.level() != RegionLevel.COUNTRY).toList();
        if (!inHeadline.isEmpty()) {
            return withPresidersRegions(List.of(inHeadline.stream().filter(r -> r.level() != RegionLevel.TOWNSHIP)
                    .findFirst().orElse(inHeadline.get(0))), officials, participations);
        }
        // A meeting a provincial leader chairs on an inspection tour is the province's, wherever it sits.
        Optional<Region> presiderRegion = participations.stream().filter(p -> p.role() == Role.PRESIDED)
                .flatMap(p -> officials.stream().filter(o -> o.name().equals(p.official())))
                .flatMap(o -> o.titles().stream()).flatMap(t -> t.organization().flatMap(Organization::region).stream())
                .filter(r -> r.level() != RegionLevel.COUNTRY).findFirst();
        if (presiderRegion.isPresent()) {
            return List.of(presiderRegion.get());
        }
        Optional<Region> visited = visit.get();
        if (visited.isPresent()) {
            return List.of(visited.get());
        }
        generic = regions.genericRegion(meetingSentence.replace(meetingName, ""));
        if (generic.isPresent()) {
            return List.of(generic.get());
        }
        boolean central = centralOrganizer
                || participations.stream().anyMatch(p -> officials.stream().filter(o -> o.name().equals(p.official()))
                .flatMap(o -> o.titles().stream()).anyMatch(t -> CENTRAL.matcher(t.label()).find()));
        if (central) {
            return List.of(regions.china());
        }
        return regions.mostLocal().map(List::of).orElse(List.of());
    }

    /**
     * Adds the region of a body that presides: the guidelines' "every body that holds, hosts, co-hosts or presides
     * adds its region". A presiding official's post in a region unrelated to the hosts found so far ("the
     * Guangdong–Guangxi cooperation symposium", chaired by Guangxi's Party secretary) makes that region a host too; a
     * post within a host or above it (a county head chairing the city's meeting, a province's leader at a city's)
     * adds nothing, nor does a central post, a former post, a post in a company or school, or a region the report does
     * not place.
     */
    private static List<Region> withPresidersRegions(List<Region> hosts, List<Official> officials,
                                                     List<Participation> participations) {
        List<Region> out = new ArrayList<>(hosts);
        presidersRegions(officials, participations.stream())
                .filter(r -> out.stream().noneMatch(h -> h.equals(r) || r.isWithin(h) || h.isWithin(r)))
                .filter(r -> out.stream().allMatch(h -> h.level() == r.level()))
                .distinct().forEach(out::add);
        return out;
    }

    /**
     * The regions of the posts of those who preside: a current post in a government or Party body below the country
     * (a company's chairman or a university's president presiding brings no region), in a province or in a region
     * the report places in one (not a district the report leaves unplaced).
     */
    private static Stream<Region> presidersRegions(List<Official> officials,
                                                 Stream<Participation> participations) {
        return participations.filter(p -> p.role() == Role.PRESIDED)
                .flatMap(p -> officials.stream().filter(o -> o.name().equals(p.official())))
                .flatMap(o -> o.titles().stream())
                .filter(t -> !CENTRAL.matcher(t.label()).find() && !FORMER.matcher(t.label()).find() && !t.dated())
                .flatMap(t -> t.organization().filter(org -> isGovernmentBody(org.name())).stream())
                .flatMap(org -> org.region().stream())
                .filter(r -> r.level() != RegionLevel.COUNTRY)
                .filter(r -> r.level() == RegionLevel.PROVINCE || r.parent().isPresent());
    }

    /** Where a headline's name of a meeting ends: "… conference held in Yichang" is held there, not hosted. */
    private static final Pattern HEADLINE_VERB = Pattern.compile("(?i)(?:\\s+(?:was|is|were|are))?\\s+(?:held|convened|"
            + "opened|opens|kicked off|kicks off|took place|takes place|concluded|concludes|closed|closes|launched)\\b|:|\\s[-–—|]\\s");
    /**
     * Where it begins: after a verb of taking part. "Hebei Governor attends … ceremony" names who attends, not whose
     * ceremony it is ("County holds … ceremony" keeps its subject: the holder).
     */
    private static final Pattern HEADLINE_ATTENDS = Pattern.compile("(?i)\\b(?:attends?|attended|attending|joins?|joined|"
            + "visits?|visited|meets?|met|addresses|addressed|speaks at|spoke at|inspects?|inspected|greets?|"
            + "(?:takes|took) part in|presides over|presided over|chairs?|chaired|witness(?:es|ed)?)\\b");
    private static final Pattern HEADLINE_NOUN = Pattern.compile("(?i)\\b(" + MeetingFinder.NOUNS + ")\\b");

    /**
     * The name a headline gives the meeting: the noun phrase around a noun of the same kind ("ceremony"), from after
     * any verb of taking part before it to the verb that reports it held or a "for" of its purpose; else nothing.
     */
    static String headlineName(String headline, String meetingName) {
        Optional<String> head = MeetingFinder.head(meetingName);
        if (headline == null || head.isEmpty()) {
            return "";
        }
        Matcher noun = HEADLINE_NOUN.matcher(headline);
        int at = -1;
        while (noun.find()) {
            if (noun.group(1).equalsIgnoreCase(head.get())) {
                at = noun.start();
                break;
            }
        }
        if (at < 0) {
            return "";
        }
        int start = 0;
        Matcher attends = HEADLINE_ATTENDS.matcher(headline).region(0, at);
        while (attends.find()) {
            start = attends.end();
        }
        // it ends at the verb, or at "for" that says whom it is for ("reception for Tibet volunteers")
        int end = headline.length();
        Matcher verb = HEADLINE_VERB.matcher(headline).region(at, end);
        if (verb.find()) {
            end = verb.start();
        }
        Matcher purpose = MeetingFinder.PURPOSE_FOR.matcher(headline).region(at, end);
        if (purpose.find()) {
            end = purpose.start();
        }
        return headline.substring(start, end).strip();
    }

    /**
     * The country, for a meeting central bodies hold, and the region whose leader presides over it: "a central
     * inspection team held a mobilization meeting … chaired by the acting governor" is China's and the province's (the
     * guidelines' "every body that … presides adds its region"); a region's leader who only welcomes or speaks adds
     * nothing, nor does a central, former, company's or school's post, or a region the report does not place; nor a
     * leader who presides over a sub-venue or over any part of a national meeting (named so).
     */
    private static List<Region> withRegionsPresiding(Region country, String meetingName, List<Official> officials,
                                                     List<Participation> participations) {
        if (NATIONAL_MEETING.matcher(meetingName).find()) {
            // a national (video) conference: a region's leader presides over its sub-venue or its own meeting after it
            return List.of(country);
        }
        List<Region> presiding = presidersRegions(officials, participations.stream()
                .filter(p -> !SUB_VENUE.matcher(p.evidence().sentenceText()).find())).distinct().toList();
        List<Region> out = new ArrayList<>(List.of(country));
        // the broadest of one line: a vice governor who is also a city's Party secretary presides for the province
        presiding.stream().filter(r -> presiding.stream().noneMatch(o -> o != r && r.isWithin(o))).forEach(out::add);
        return out;
    }

    /**
     * Central bodies hold the meeting and no region's body does; others only undertake it. A co-holder of no Chinese
     * region ("the secretariat of a UN convention") adds none and takes nothing away.
     */
    private static boolean heldByCentralBodiesAlone(List<OrganizerFinder.Organizer> organizers) {
        List<OrganizerFinder.Organizer> holding = organizers.stream().filter(o -> !o.supporting())
                .filter(o -> o.body().region().isPresent() || CENTRAL.matcher(o.body().name()).find()
                        || isGovernmentBody(o.body().name()))
                .toList();
        return !holding.isEmpty() && holding.stream()
                .allMatch(o -> isCentral(o.body()) || isGovernmentBody(o.body().name())
                        && o.body().region().filter(r -> r.level() == RegionLevel.COUNTRY).isPresent());
    }

    /** The regions below the country of the posts that the participants hold, most often named first. */
    private static List<Region> localRegionsOf(List<Official> officials, List<Participation> participations) {
        java.util.Map<Region, Integer> count = new java.util.LinkedHashMap<>();
        participations.stream().map(Participation::official).distinct()
                .flatMap(name -> officials.stream().filter(o -> o.name().equals(name)))
                .flatMap(o -> o.titles().stream())
                .filter(t -> !CENTRAL.matcher(t.label()).find())
                .flatMap(t -> t.organization().flatMap(Organization::region).stream())
                .filter(r -> r.level() != RegionLevel.COUNTRY)
                .forEach(r -> count.merge(r, 1, Integer::sum));
        // a county head met with their city's leaders: the most local region of one line is the host
        return count.keySet().stream().filter(r -> count.keySet().stream().noneMatch(o -> o != r && o.isWithin(r)))
                .sorted(java.util.Comparator.comparingInt(r -> -count.get(r))).limit(1).toList();
    }

    /**
     * The regions of the government bodies that hold the meeting. Bodies that hold it jointly each host it, even a
     * city's office with one of its districts; a sponsor's region covers its undertakers' ("sponsored by the Guangxi
     * department, undertaken by the Liuzhou bureau"), and undertakers from unrelated regions both host.
     */
    private static List<Region> fromOrganizers(List<OrganizerFinder.Organizer> organizers) {
        List<Region> leading = new ArrayList<>();
        List<Region> supporting = new ArrayList<>();
        for (OrganizerFinder.Organizer o : organizers) {
            if (!isGovernmentBody(o.body().name())) {
                continue; // a school or a company lies in a region but is not one of its bodies
            }
            List<Region> into = o.supporting() ? supporting : leading;
            o.body().region().filter(r -> r.level() != RegionLevel.COUNTRY && !into.contains(r)).ifPresent(into::add);
        }
        List<Region> hosts = new ArrayList<>(leading);
        for (Region r : supporting) {
            boolean covered = hosts.stream().anyMatch(h -> h.equals(r) || r.isWithin(h));
            if (!covered && supporting.stream().noneMatch(other -> other != r && r.isWithin(other))) {
                hosts.add(r);
            }
        }
        return hosts;
    }

    static boolean isGovernmentBody(String name) {
        return GOVERNMENT_BODY.matcher(name).find() && !isInstitution(name);
    }

    /**
     * A school, university or company, or one of its own bodies ("Party Committee of X University", "the university
     * party committee"), rather than a body of a region ("Work Committee for Universities of the Provincial Committee").
     */
    static boolean isInstitution(String name) {
        String body = PURPOSE.matcher(name).replaceAll("");
        Matcher m = INSTITUTION.matcher(body);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && !REGION_BODY.matcher(body.substring(end)).find();
    }

    /**
     * A meeting's name that says nothing of who holds it: no region, no word standing for one ("provincial"), not
     * national, no body ("opening ceremony", "feedback meeting", "the event").
     */
    static boolean namesNoHolder(String meetingName, ReportRegions regions) {
        return regions.regionsIn(meetingName).isEmpty() && regions.genericRegion(meetingName).isEmpty()
                && !NATIONAL_MEETING.matcher(meetingName).find() && !GOVERNMENT_BODY.matcher(meetingName).find()
                && !INSTITUTION.matcher(meetingName).find();
    }

    /**
     * The meeting's name says it is a central body's: its first meeting noun is "of" a central body ("feedback meeting
     * of the Central … Team"), not a meeting named inside its topic ("study session on the spirit of the Plenary Session
     * of the CPC Central Committee").
     */
    static boolean centralBodyOfName(String meetingName) {
        Matcher noun = FIRST_NOUN.matcher(meetingName);
        if (!noun.find()) {
            return false;
        }
        Matcher m = OF_BODY_AFTER_NOUN.matcher(meetingName.substring(noun.start()));
        return m.find() && CENTRAL.matcher(m.group(1)).find() && !isInstitution(m.group(1));
    }

    /** The region a body answers to: China for a central one, else the region its name places it in. */
    static Optional<Region> jurisdiction(Organization body, ReportRegions regions) {
        return isCentral(body) ? Optional.of(regions.china()) : body.region();
    }

    /**
     * A central body: its name says so, and not only by a "Central", "National" or "State" that follows the name of
     * the region it belongs to ("Nanjing State Security Bureau" is Nanjing's).
     */
    static boolean isCentral(Organization body) {
        Matcher m = CENTRAL.matcher(body.name());
        if (!m.find()) {
            return false;
        }
        Optional<Region> local = body.region().filter(r -> r.level() != RegionLevel.COUNTRY);
        if (local.isEmpty() || !Character.isUpperCase(m.group(1).charAt(0))
                || !m.group(1).matches("(?:Central|National|State)\\b.*\\b(?:Commission|Administration|Bureau|Agency|Office|Team|Council)")) {
            return true;
        }
        String before = body.name().substring(0, m.start()).toLowerCase(Locale.ROOT);
        Region r = local.get();
        return Stream.concat(Stream.of(r.name(), r.shortName()), r.aliases().stream())
                .filter(n -> n != null && !n.isBlank()).noneMatch(n -> before.contains(n.toLowerCase(Locale.ROOT)));
    }
}
