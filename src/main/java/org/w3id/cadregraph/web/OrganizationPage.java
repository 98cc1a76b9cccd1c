package org.w3id.cadregraph.web;

import java.util.List;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cadregraph.graph.CG;

/** The page of an organization: its region, the people who hold posts in it, its meetings by month. */
final class OrganizationPage {
    private static final PageQuery PEOPLE = PageQuery.load("organization-people");
    private static final PageQuery MEETINGS = PageQuery.load("organization-meetings");
    private static final PageQuery BY_MONTH = PageQuery.load("organization-meetings-by-month");

    record Person(Link official, String titles, String firstSeen, String lastSeen) {}

    record View(String name, List<String> otherNames, List<Link> regions, List<Link> parents, List<Link> wikidata,
                List<Person> people, BarChart chart, List<ListedMeeting> meetings, Link network) {}

    private OrganizationPage() {}

    static Page build(PageData data, String iri, About about) {
        String name = about.literal(RDFS.Nodes.label).orElse(Link.shortName(iri));
        List<String> otherNames = about.literals(SKOS.altLabel.asNode());
        List<Person> people = data.rows(PEOPLE, iri, "People").stream()
                .map(r -> new Person(Link.to(r.iri("official").orElseThrow(), r.text("name")), r.textOrEmpty("titles"),
                        r.textOrEmpty("firstSeen"), r.textOrEmpty("lastSeen")))
                .toList();
        BarChart chart = BarChart.of(data.rows(BY_MONTH, iri, "Meetings by month"));
        List<ListedMeeting> meetings = ListedMeeting.of(data.rows(MEETINGS, iri, "Meetings"));
        View view = new View(name, otherNames, about.links(CG.inRegion), about.links(ORG.subOrganizationOf.asNode()),
                about.links(OWL.sameAs.asNode()), people, chart, meetings,
                Link.local("Who met whom at its meetings", NetworkPaths.page("organization", iri)));
        return Page.about("organization", name, "Organization", iri, data, view);
    }
}
