package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.vocabulary.RDFS;

/**
 * The page of a meeting: date, place, host regions, organizers, participants with their roles and
 * titles, the evidence for each, and the report.
 */
final class MeetingPage {
    private static final PageQuery MEETING = PageQuery.load("meeting");
    private static final PageQuery HOSTS = PageQuery.load("meeting-hosts");
    private static final PageQuery ORGANIZERS = PageQuery.load("meeting-organizers");
    private static final PageQuery PARTICIPANTS = PageQuery.load("meeting-participants");

    record Host(Link region, String confidence, Quote sentence) {}

    /** One role of one participant, with its evidence. */
    record Role(String role, String confidence, String sentence) {}

    /** A sentence and the roles of one participant it backs ("attended 0.85, presided 0.80"). */
    record Evidence(String roles, Quote sentence) {}

    record Participant(Link official, String titles, List<Role> roles) {
        /** "presided, spoke" or "attended". */
        public String roleNames() {
            List<String> special = roles.stream().map(Role::role).filter(r -> !r.equals("attended")).toList();
            return special.isEmpty() ? "attended" : String.join(", ", special);
        }

        /** The evidence sentences, each once, with the roles it backs. */
        public List<Evidence> evidence() {
            Map<String, List<String>> rolesBySentence = new LinkedHashMap<>();
            for (Role r : roles) {
                if (!r.sentence().isEmpty()) {
                    rolesBySentence.computeIfAbsent(r.sentence(), k -> new ArrayList<>())
                            .add(r.confidence().isEmpty() ? r.role() : r.role() + " " + r.confidence());
                }
            }
            List<Evidence> evidence = new ArrayList<>();
            rolesBySentence.forEach((s, rs) -> evidence.add(new Evidence(String.join(", ", rs),
                    Quote.of(s, official.text()))));
            return evidence;
        }
    }

    record View(String name, String date, String venue, List<Link> places, List<Host> hosts, List<Link> organizers,
                List<Participant> participants, List<Link> reports, String published, String confidence,
                Quote sentence) {}

    private MeetingPage() {}

    static Page build(PageData data, String iri, About about) {
        List<Row> details = data.rows(MEETING, iri, "Meeting");
        Set<Link> places = new LinkedHashSet<>();
        Set<Link> reports = new LinkedHashSet<>();
        String name = about.literal(RDFS.Nodes.label).orElse(Link.shortName(iri));
        String date = "";
        String venue = "";
        String published = "";
        String confidence = "";
        String sentence = "";
        for (Row r : details) {
            name = r.text("label").orElse(name);
            date = r.text("date").orElse(date);
            venue = r.text("venue").orElse(venue);
            published = r.text("published").orElse(published);
            confidence = r.number("confidence").map(c -> Confidence.format(Optional.of(c))).orElse(confidence);
            sentence = r.text("sentence").orElse(sentence);
            r.iri("place").ifPresent(p -> places.add(Link.to(p, r.text("placeLabel"))));
            r.iri("report").ifPresent(rep -> reports.add(Link.to(rep, r.text("headline").or(() -> r.text("sourceFile")))));
        }
        List<Host> hosts = data.rows(HOSTS, iri, "Host regions").stream()
                .map(r -> new Host(Link.to(r.iri("region").orElseThrow(), r.text("label")),
                        Confidence.format(r.number("confidence")), Quote.of(r.textOrEmpty("sentence"), r.text("label").orElse(null))))
                .distinct().toList();
        List<Link> organizers = data.rows(ORGANIZERS, iri, "Organizers").stream()
                .map(r -> Link.to(r.iri("organization").orElseThrow(), r.text("label"))).distinct().toList();

        Map<String, List<Role>> roles = new LinkedHashMap<>();
        Map<String, Link> officials = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Row r : data.rows(PARTICIPANTS, iri, "Participants")) {
            String official = r.iri("official").orElseThrow();
            officials.putIfAbsent(official, Link.to(official, r.text("name")));
            titles.merge(official, r.textOrEmpty("titles"), (a, b) -> a.isEmpty() ? b : a);
            Role role = new Role(Vocabulary.role(r.iri("predicate").orElse("")),
                    Confidence.format(r.number("confidence")), r.textOrEmpty("sentence"));
            List<Role> list = roles.computeIfAbsent(official, k -> new ArrayList<>());
            if (!list.contains(role)) {
                list.add(role);
            }
        }
        List<Participant> participants = new ArrayList<>();
        officials.forEach((official, link) -> participants.add(new Participant(link, titles.get(official),
                roles.get(official).stream().sorted(Comparator.comparing(
                        (Role r) -> !r.role().equals("attended")).thenComparing(Role::role)).toList())));
        // Those who presided first, then speakers and signers, then the others; by name within each.
        participants.sort(Comparator.comparing((Participant p) -> rank(p.roleNames()))
                .thenComparing(p -> p.official().text()));

        View view = new View(name, date, venue, List.copyOf(places), hosts, organizers, participants,
                List.copyOf(reports), published, confidence, Quote.of(sentence, name));
        return Page.about("meeting", name, "Meeting", iri, data, view);
    }

    private static int rank(String roleNames) {
        if (roleNames.contains("presided")) {
            return 0;
        }
        return roleNames.equals("attended") ? 2 : 1;
    }
}
