package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cadregraph.graph.CG;

/**
 * The page of a region: names, level, the region it lies in and those within it, its meetings by
 * month (its own and those of the regions within it), its organizations and their people.
 */
final class RegionPage {
    private static final PageQuery SUBREGIONS = PageQuery.load("region-subregions");
    private static final PageQuery MEETINGS = PageQuery.load("region-meetings");
    private static final PageQuery BY_MONTH = PageQuery.load("region-meetings-by-month");
    private static final PageQuery ORGANIZATIONS = PageQuery.load("region-organizations");
    private static final PageQuery PEOPLE = PageQuery.load("region-people");

    record SubRegion(Link region, String level) {}

    record Person(Link official, String titles) {}

    record View(String name, List<String> otherNames, String level, String adminCode, List<Link> within,
                List<Link> wikidata, List<SubRegion> subRegions, BarChart chart, List<ListedMeeting> meetings,
                List<Link> organizations, List<Person> people, Link network) {}

    private RegionPage() {}

    static Page build(PageData data, String iri, About about) {
        String name = about.literal(RDFS.Nodes.label).orElse(Link.shortName(iri));
        List<String> otherNames = new ArrayList<>(about.literals(SKOS.altLabel.asNode()));
        otherNames.addAll(about.literals(CG.nameZh));
        String level = about.iris(CG.regionLevel).stream().findFirst().map(RegionPage::levelName).orElse("");
        List<SubRegion> subRegions = data.rows(SUBREGIONS, iri, "Regions within").stream()
                .map(r -> new SubRegion(Link.to(r.iri("region").orElseThrow(), r.text("label")),
                        r.iri("level").map(RegionPage::levelName).orElse("")))
                .toList();
        BarChart chart = BarChart.of(data.rows(BY_MONTH, iri, "Meetings by month"));
        List<ListedMeeting> meetings = ListedMeeting.of(data.rows(MEETINGS, iri, "Meetings"));
        List<Link> organizations = data.rows(ORGANIZATIONS, iri, "Organizations").stream()
                .map(r -> Link.to(r.iri("organization").orElseThrow(), r.text("label"))).toList();
        List<Person> people = data.rows(PEOPLE, iri, "People").stream()
                .map(r -> new Person(Link.to(r.iri("official").orElseThrow(), r.text("name")), r.textOrEmpty("titles")))
                .toList();
        View view = new View(name, otherNames, level, about.literal(CG.adminCode).orElse(""),
                about.links(CG.withinRegion), about.links(OWL.sameAs.asNode()), subRegions, chart, meetings,
                organizations, people, Link.local("Who met whom at its meetings", NetworkPaths.page("region", iri)));
        return Page.about("region", name, "Region", iri, data, view);
    }

    /** "ProvincialLevel" → "provincial level". */
    private static String levelName(String levelIri) {
        String local = Link.shortName(levelIri);
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
