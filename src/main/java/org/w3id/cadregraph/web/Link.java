package org.w3id.cadregraph.web;

import java.util.Optional;

/**
 * A link as a page prints it. {@code href} is null when the target must not be a link (an IRI of a
 * scheme other than http(s)), and the text is then printed alone.
 */
record Link(String text, String href) {

    /** A link to the resource {@code iri}, with its label or else the last segment of the IRI. */
    static Link to(String iri, Optional<String> label) {
        return new Link(label.filter(s -> !s.isBlank()).orElseGet(() -> shortName(iri)), IdMapping.href(iri).orElse(null));
    }

    static Link to(String iri, String label) {
        return to(iri, Optional.ofNullable(label));
    }

    /** A link to a server path of our own. */
    static Link local(String text, String path) {
        return new Link(text, path);
    }

    /** The last path segment of an IRI, the best name an unlabelled resource has. */
    static String shortName(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }
}
