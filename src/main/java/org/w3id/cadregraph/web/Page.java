package org.w3id.cadregraph.web;

import java.util.List;

/**
 * What a template gets: the parts every page has, and the page's own view.
 *
 * @param template the Thymeleaf template name ({@code official} for {@code templates/official.html})
 * @param title    the page title
 * @param kind     what the resource is ("Official", "Meeting"…), shown above the title
 * @param iri      the resource's IRI, or null for pages that are not about one resource
 * @param formats  links to the RDF of the resource
 * @param queries  the SPARQL queries that give the page's data
 * @param view     the page's own record
 */
record Page(String template, String title, String kind, String iri, List<Link> formats, List<SparqlLink> queries,
            Object view) {

    /** A page about the resource {@code iri}, with links to its Turtle, JSON-LD and N-Triples. */
    static Page about(String template, String title, String kind, String iri, PageData data, Object view) {
        List<Link> formats = IdMapping.path(iri).map(path -> List.of(
                        Link.local("Turtle", path + Variant.TURTLE.suffix()),
                        Link.local("JSON-LD", path + Variant.JSONLD.suffix()),
                        Link.local("N-Triples", path + Variant.NTRIPLES.suffix())))
                .orElse(List.of());
        return new Page(template, title, kind, iri, formats, data.queries(), view);
    }

    /** A page of the site itself (search, network, errors). */
    static Page site(String template, String title, List<SparqlLink> queries, Object view) {
        return new Page(template, title, null, null, List.of(), queries, view);
    }
}
