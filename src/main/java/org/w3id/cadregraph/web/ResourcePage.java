package org.w3id.cadregraph.web;

import java.util.List;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The page of any other data resource (a title, role, piece of evidence, assertion, extraction):
 * what the store says about it and what points at it.
 */
final class ResourcePage {
    private static final PageQuery INCOMING = PageQuery.load("incoming");

    record Pointer(Link subject, String property) {}

    record View(String name, List<About.PropertyValues> properties, List<Pointer> incoming) {}

    private ResourcePage() {}

    static Page build(PageData data, String iri, About about) {
        String name = about.literal(RDFS.Nodes.label).orElse(Link.shortName(iri));
        String kind = about.iris(RDF.Nodes.type).stream().findFirst().map(Link::shortName).orElse("Resource");
        List<Pointer> incoming = data.rows(INCOMING, iri, "What points here").stream()
                .map(r -> new Pointer(Link.to(r.iri("subject").orElse(""), r.text("subjectLabel")),
                        Vocabulary.name(r.iri("property").orElse(""))))
                .toList();
        return Page.about("resource", name, kind, iri, data, new View(name, about.all(), incoming));
    }
}
