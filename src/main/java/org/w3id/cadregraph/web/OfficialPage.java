package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * The page of an official: names, posts in time order with a timeline, meetings, the people met most
 * often, and links to Wikidata.
 */
final class OfficialPage {
    private static final PageQuery POSTS = PageQuery.load("official-posts");
    private static final PageQuery MEETINGS = PageQuery.load("official-meetings");
    private static final PageQuery CONTACTS = PageQuery.load("official-contacts");
    private static final PageQuery REPORTS = PageQuery.load("official-reports");
    private static final PageQuery IDENTITY = PageQuery.load("official-identity");
    private static final String POSSIBLY_SAME = CG.NS + "possiblySame";
    private static final String NAMED_IN = CG.NS + "namedIn";

    /** A post as one report states it. */
    record Post(String title, Link organization, Link role, String asOf, String confidence, Quote sentence,
                Link report) {}

    record MeetingItem(Link meeting, String date, String roles, String confidence, Quote sentence) {}

    record Contact(Link official, int meetings) {}

    /** An identity judgement: the report joined (or the namesake kept apart), how sure, and why. */
    record Judgement(Link other, Link joinedWith, String confidence, List<String> reasons) {}

    record ReportItem(Link report, String published) {}

    record View(String name, List<String> otherNames, List<Link> wikidata, List<Post> posts,
                Optional<CareerTimeline> timeline, List<MeetingItem> meetings, List<Contact> contacts,
                List<ReportItem> reports, List<Judgement> joined, List<Judgement> possiblySame) {}

    private OfficialPage() {}

    static Page build(PageData data, String iri, About about) {
        List<String> labels = about.literals(RDFS.Nodes.label);
        String name = labels.isEmpty() ? Link.shortName(iri) : labels.get(0);
        String marked = labels.isEmpty() ? null : name;
        List<String> otherNames = new ArrayList<>(labels.subList(Math.min(1, labels.size()), labels.size()));
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
        // owl:sameAs of a person points to Wikidata; the identity graph uses it the other way, from retired IRIs.
        List<Link> wikidata = about.links(OWL.sameAs.asNode()).stream()
                .filter(l -> l.href() != null && l.href().startsWith(Iris.WIKIDATA_ENTITY)).toList();
        List<ReportItem> reports = data.rows(REPORTS, iri, "Reports that name this official").stream()
                .map(r -> new ReportItem(Link.to(r.iri("report").orElseThrow(),
                        r.text("headline").or(() -> r.text("sourceFile"))), r.textOrEmpty("published")))
                .distinct().toList();
        List<Judgement> joined = new ArrayList<>();
        List<Judgement> possiblySame = new ArrayList<>();
        for (Row r : data.rows(IDENTITY, iri, "Who is who: identity judgements")) {
            Judgement j = new Judgement(Link.to(r.iri("other").orElseThrow(), r.text("otherName")),
                    r.iri("joinedWith").map(g -> Link.to(g, r.text("joinedHeadline"))).orElse(null),
                    Confidence.format(r.number("confidence")),
                    r.text("reasons").map(s -> List.of(s.split("\n"))).orElse(List.of()));
            String predicate = r.iri("predicate").orElse("");
            if (predicate.equals(POSSIBLY_SAME)) {
                possiblySame.add(j);
            } else if (predicate.equals(NAMED_IN)) {
                joined.add(j);
            }
        }
        View view = new View(name, otherNames.stream().distinct().filter(n -> !n.equals(name)).toList(), wikidata,
                posts, timeline, meetings, contacts, reports, joined, possiblySame);
        return Page.about("official", name, "Official", iri, data, view);
    }
}
