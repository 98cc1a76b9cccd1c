package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionLevel;

/**
 * The candidates for hosting a meeting and their features, for a learned host decision.
 *
 * <p>Candidates: every region the report names, China, and the regions of the organizers, of the participants' posts
 * and of the rules' answer. Features say what the text says about a candidate in general terms (its level; named in
 * the meeting's name, sentence or headline; the region of an organizer, of the presiding or a speaking official's
 * post; the region a visit goes to or a guest is invited by; what "provincial"/"municipal" stands for; how often the
 * report names it; whether the rules chose it) and about the meeting (a national meeting's words, central organizers,
 * a meeting only institutions hold). No word of a particular report is a feature. Each candidate feature is also
 * given with the candidate's level, and each meeting feature with the level and with the rules' choice, since what a
 * word means for hosting depends on both.
 */
final class HostFeatures {
    private HostFeatures() {}

    static List<HostQuestion.Candidate> candidates(String meetingName, String meetingSentence, String headline,
                                                   List<OrganizerFinder.Organizer> organizers, List<Official> officials,
                                                   List<Participation> participations, ReportRegions regions,
                                                   Supplier<Optional<Region>> visit, List<Region> ruleHosts) {
        List<Region> leading = new ArrayList<>();
        List<Region> supporting = new ArrayList<>();
        for (OrganizerFinder.Organizer o : organizers) {
            if (HostResolver.isGovernmentBody(o.body().name())) {
                o.body().region().ifPresent(r -> (o.supporting() ? supporting : leading).add(r));
            }
            o.runBy().ifPresent(leading::add);
        }
        List<Region> presiders = postRegions(officials, participations, Role.PRESIDED);
        List<Region> speakers = postRegions(officials, participations, Role.SPOKE);
        List<Region> anyone = postRegions(officials, participations, null);
        List<Region> inName = regions.regionsIn(meetingName);
        List<Region> inSentence = regions.regionsIn(meetingSentence);
        List<Region> inHeadline = regions.regionsIn(headline);
        Optional<Region> genericName = regions.genericRegion(meetingName);
        Optional<Region> genericSentence = regions.genericRegion(meetingSentence.replace(meetingName, ""));
        Optional<Region> invited = HostResolver.invitedBy(meetingSentence, regions);
        Optional<Region> visited = visit.get();

        Set<String> meeting = new LinkedHashSet<>();
        if (HostResolver.NATIONAL_MEETING.matcher(meetingName).find()) {
            meeting.add("national-words");
        }
        if (organizers.stream().anyMatch(o -> HostResolver.CENTRAL.matcher(o.body().name()).find())) {
            meeting.add("central-organizer");
        }
        if (organizers.isEmpty()) {
            meeting.add("no-organizer");
        } else if (organizers.stream().allMatch(o -> HostResolver.isInstitution(o.body().name()))) {
            meeting.add("institutions-only");
        }
        if (meetingName.startsWith(MeetingFinder.MEETING_WITH)) {
            meeting.add("meeting-with");
        }
        boolean centralPerson = participations.stream().anyMatch(p -> officials.stream()
                .filter(o -> o.name().equals(p.official())).flatMap(o -> o.titles().stream())
                .anyMatch(t -> HostResolver.CENTRAL.matcher(t.label()).find()));
        if (centralPerson) {
            meeting.add("central-participant");
        }
        meeting.add(ruleHosts.isEmpty() ? "rules-none" : ruleHosts.size() == 1 ? "rules-one" : "rules-several");

        Set<Region> all = new LinkedHashSet<>(ruleHosts);
        all.addAll(leading);
        all.addAll(supporting);
        all.addAll(presiders);
        all.addAll(anyone);
        all.addAll(regions.named());
        all.add(regions.china());
        visited.ifPresent(all::add);
        invited.ifPresent(all::add);

        List<HostQuestion.Candidate> out = new ArrayList<>();
        for (Region c : all) {
            Set<String> f = new LinkedHashSet<>();
            flag(f, ruleHosts.contains(c), "rules");
            flag(f, !ruleHosts.isEmpty() && ruleHosts.get(0).equals(c), "rules-first");
            flag(f, ruleHosts.stream().anyMatch(h -> !h.equals(c) && h.isWithin(c)), "above-rules");
            flag(f, ruleHosts.stream().anyMatch(h -> !h.equals(c) && c.isWithin(h)), "below-rules");
            flag(f, inName.contains(c), "in-name");
            flag(f, !inName.isEmpty() && inName.get(0).equals(c), "first-in-name");
            flag(f, inSentence.contains(c), "in-sentence");
            flag(f, inHeadline.contains(c), "in-headline");
            flag(f, leading.contains(c), "organizer");
            flag(f, supporting.contains(c), "supporting-organizer");
            flag(f, leading.stream().anyMatch(r -> !r.equals(c) && r.isWithin(c)), "above-organizer");
            flag(f, leading.stream().anyMatch(r -> !r.equals(c) && c.isWithin(r)), "below-organizer");
            flag(f, presiders.contains(c), "presider-post");
            flag(f, speakers.contains(c), "speaker-post");
            flag(f, anyone.contains(c), "participant-post");
            flag(f, !anyone.isEmpty() && anyone.get(0).equals(c), "participant-post-most");
            flag(f, genericName.filter(c::equals).isPresent(), "generic-in-name");
            flag(f, genericSentence.filter(c::equals).isPresent(), "generic-in-sentence");
            flag(f, visited.filter(c::equals).isPresent(), "visited");
            flag(f, invited.filter(c::equals).isPresent(), "inviter");
            flag(f, regions.province().filter(c::equals).isPresent(), "report-province");
            flag(f, regions.city().filter(c::equals).isPresent(), "report-city");
            flag(f, regions.county().filter(c::equals).isPresent(), "report-county");
            flag(f, regions.mostLocal().filter(c::equals).isPresent(), "report-most-local");
            f.add("mentions=" + mentions(regions.weight(c)));
            String level = "level=" + c.level().name().toLowerCase(java.util.Locale.ROOT);
            List<String> features = new ArrayList<>();
            features.add("bias");
            features.add(level);
            for (String x : f) {
                features.add(x);
                features.add(x + "&" + level);
            }
            boolean rules = ruleHosts.contains(c);
            for (String m : meeting) {
                features.add(m + "&" + level);
                features.add(m + "&" + (rules ? "rules" : "not-rules"));
            }
            out.add(new HostQuestion.Candidate(c, features));
        }
        return out;
    }

    private static void flag(Set<String> features, boolean on, String name) {
        if (on) {
            features.add(name);
        }
    }

    private static String mentions(double weight) {
        return weight == 0 ? "0" : weight <= 1 ? "1" : weight <= 3 ? "2-3" : weight <= 6 ? "4-6" : "7+";
    }

    /** The regions below the country of the posts held by those who take part (in a role, or at all), most first. */
    private static List<Region> postRegions(List<Official> officials, List<Participation> participations, Role role) {
        java.util.Map<Region, Integer> count = new java.util.LinkedHashMap<>();
        participations.stream().filter(p -> role == null || p.role() == role).map(Participation::official).distinct()
                .flatMap(name -> officials.stream().filter(o -> o.name().equals(name)))
                .flatMap(o -> o.titles().stream())
                .flatMap(t -> t.organization().flatMap(Organization::region).stream())
                .filter(r -> r.level() != RegionLevel.COUNTRY)
                .forEach(r -> count.merge(r, 1, Integer::sum));
        return count.keySet().stream().sorted(java.util.Comparator.comparingInt(r -> -count.get(r))).toList();
    }
}
