package org.w3id.cadregraph.web;

import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a resource: a page for people, RDF for programs. Chosen by the suffix of
 * the path ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .html}) or else by the {@code Accept}
 * header.
 */
enum Variant {
    HTML("text/html", ".html", null),
    TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", ".jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", ".nt", RDFFormat.NTRIPLES);

    /** In order of preference when the client accepts several equally; HTML first, so {@code *}{@code /*} gets a page. */
    private static final AcceptList OFFERED = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/xhtml+xml");

    private final String mediaType;
    private final String suffix;
    private final RDFFormat rdfFormat;

    Variant(String mediaType, String suffix, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdfFormat = rdfFormat;
    }

    String mediaType() {
        return mediaType;
    }

    String suffix() {
        return suffix;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The variant a path's suffix names. */
    static Optional<Variant> bySuffix(String path) {
        for (Variant v : values()) {
            if (path.endsWith(v.suffix)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The variant an {@code Accept} header asks for: no header, or nothing acceptable that we offer,
     * gives HTML (a page that explains is better than a 406 for a person).
     */
    static Variant negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        if (chosen == null) {
            return HTML;
        }
        String type = chosen.getContentTypeStr();
        for (Variant v : values()) {
            if (v.mediaType.equals(type)) {
                return v;
            }
        }
        return HTML;
    }
}
