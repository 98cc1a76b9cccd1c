package org.w3id.cadregraph.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cadregraph.graph.CG;

/**
 * The page of an official: names, posts in time order with a timeline, meetings, the people met most
 * often, and links to Wikidata.
 */
final class OfficialPage {
    private static final PageQuery POSTS = PageQuery.load("official-posts");
    private static final PageQuery MEETINGS = PageQuery.load("official-meetings");
    private static final PageQuery CONTACTS = PageQuery.load("official-contacts");

    /** A post as one report states it. */
    record Post(String title, Link organization, Link role, String asOf, String confidence, Quote sentence,
                Link report) {}

    record MeetingItem(Link meeting, String date, String roles, String confidence, Quote sentence) {}

    record Contact(Link official, int meetings) {}

    record View(String name, List<String> otherNames, List<Link> wikidata, List<Post> posts,
                Optional<CareerTimeline> timeline, List<MeetingItem> meetings, List<Contact> contacts) {}

    private OfficialPage() {}

    static Page build(PageData data, String iri, About about) {
        List<String> labels = about.literals(RDFS.Nodes.label);
        String name = labels.isEmpty() ? Link.shortName(iri) : labels.get(0);
        String marked = labels.isEmpty() ? null : name;
        List<String> otherNames = new java.util.ArrayList<>(labels.subList(Math.min(1, labels.size()), labels.size()));
        otherNames.addAll(about.literals(SKOS.altLabel.asNode()));
        otherNames.addAll(about.literals(CG.nameZh));

        List<Post> posts = data.rows(POSTS, iri, "Posts").stream()
                .map(r -> new Post(r.textOrEmpty("label"),
                        r.iri("organization").map(o -> Link.to(o, r.text("organizationLabel"))).orElse(null),
                        r.iri("role").map(o -> Link.to(o, r.text("roleLabel"))).orElse(null),
                        r.textOrEmpty("asOf"), Confidence.format(r.number("confidence")),
                        Quote.of(r.textOrEmpty("sentence"), marked),
                        r.iri("report").map(rep -> Link.to(rep, r.text("headline").or(() -> r.text("sourceFile"))))
                                .orElse(null)))
                // Dated posts in time order, undated ones after them.
                .sorted(Comparator.comparing((Post p) -> p.asOf().isEmpty()).thenComparing(Post::asOf)
                        .thenComparing(Post::title))
                .toList();
        Optional<CareerTimeline> timeline = CareerTimeline.of(posts.stream()
                .map(p -> new CareerTimeline.Stated(p.title(), p.asOf())).toList());

        List<MeetingItem> meetings = data.rows(MEETINGS, iri, "Meetings").stream()
                .map(r -> new MeetingItem(Link.to(r.iri("meeting").orElseThrow(), r.text("label")),
                        r.textOrEmpty("date"), r.textOrEmpty("roles"), Confidence.format(r.number("confidence")),
                        Quote.of(r.textOrEmpty("sentence"), marked)))
                .sorted(Comparator.comparing((MeetingItem m) -> m.date().isEmpty()).thenComparing(MeetingItem::date))
                .toList();
        List<Contact> contacts = data.rows(CONTACTS, iri, "People met most often").stream()
                .map(r -> new Contact(Link.to(r.iri("other").orElseThrow(), r.text("name")), r.integer("meetings")))
                .toList();
        List<Link> wikidata = about.links(OWL.sameAs.asNode());
        View view = new View(name, otherNames.stream().distinct().filter(n -> !n.equals(name)).toList(), wikidata,
                posts, timeline, meetings, contacts);
        return Page.about("official", name, "Official", iri, data, view);
    }
}
