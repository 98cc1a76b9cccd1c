package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionLevel;

/** Decides which regions host a meeting: the regions whose bodies hold it. */
final class HostResolver {
    // National bodies and their ministers; a party committee's "minister of the Publicity Department" is local.
    private static final Pattern CENTRAL = Pattern.compile("(?i)\\b(ministry of|state council|central committee|state councilor|"
            + "minister of (?!(?:the )?(?:publicity|propaganda|organization|united front)\\b)|"
            + "national people's congress|cppcc national|political bureau|premier|vice-premier|central military|mo[ef]\\b)");
    /** Bodies of a region: its government, party committee, congress and their departments. */
    private static final Pattern GOVERNMENT_BODY = Pattern.compile("(?i)\\b(government|bureau|department|commission|"
            + "committee|office|congress|cppcc|administration|presidium|leading group|region|province|city|municipality|"
            + "county|district|town|township|system)\\b");

    /**
     * The regions whose bodies hold the meeting: the organizers' regions, else a region named in the meeting's
     * name, else what "provincial"/"municipal" in the name stands for, else the region of the official who
     * presides, else such a word in the sentence, else China for central bodies and leaders, else the region the
     * report is about.
     */
    List<Region> hosts(String meetingName, String meetingSentence, List<Organization> organizers, List<Official> officials,
                       List<Participation> participations, ReportRegions regions) {
        // The bodies that hold it say best whose meeting it is; a sponsor's region covers its undertakers'
        // ("sponsored by the Guangxi department, undertaken by the Liuzhou bureau"), two unrelated regions both host.
        List<Region> fromOrganizers = new ArrayList<>();
        for (Organization o : organizers) {
            if (!GOVERNMENT_BODY.matcher(o.name()).find()) {
                continue; // a school or a company lies in a region but is not one of its bodies
            }
            o.region().filter(r -> r.level() != RegionLevel.COUNTRY && !fromOrganizers.contains(r)).ifPresent(fromOrganizers::add);
        }
        List<Region> outermost = fromOrganizers.stream()
                .filter(r -> fromOrganizers.stream().noneMatch(other -> other != r && r.isWithin(other))).toList();
        if (!outermost.isEmpty()) {
            return outermost;
        }
        List<Region> inName = regions.regionsIn(meetingName).stream().filter(r -> r.level() != RegionLevel.COUNTRY).toList();
        if (!inName.isEmpty()) {
            // a town named in a ceremony's name is mostly where a school lies; prefer a county or above
            return List.of(inName.stream().filter(r -> r.level() != RegionLevel.TOWNSHIP).findFirst().orElse(inName.get(0)));
        }
        boolean centralOrganizer = organizers.stream().anyMatch(o -> CENTRAL.matcher(o.name()).find());
        Optional<Region> generic = regions.genericRegion(meetingName);
        if (generic.isPresent()) {
            return List.of(generic.get());
        }
        // A meeting a provincial leader chairs on an inspection tour is the province's, wherever it sits.
        Optional<Region> presiderRegion = participations.stream().filter(p -> p.role() == Role.PRESIDED)
                .flatMap(p -> officials.stream().filter(o -> o.name().equals(p.official())))
                .flatMap(o -> o.titles().stream()).flatMap(t -> t.organization().flatMap(Organization::region).stream())
                .filter(r -> r.level() != RegionLevel.COUNTRY).findFirst();
        if (presiderRegion.isPresent()) {
            return List.of(presiderRegion.get());
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
}
