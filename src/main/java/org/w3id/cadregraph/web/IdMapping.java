package org.w3id.cadregraph.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.w3id.cadregraph.graph.Iris;

/**
 * The path mapping between data IRIs and the server: {@code https://w3id.org/cadregraph/id/X} is
 * served at {@code /id/X}.
 *
 * <pre>
 *   IdMapping.href("https://w3id.org/cadregraph/id/official/huai-jinpeng")   // "/id/official/huai-jinpeng"
 *   IdMapping.iri("/id/official/huai-jinpeng")                               // the IRI back
 * </pre>
 *
 * The w3id.org redirect for the namespace points at a server's {@code /id/}; a local server answers
 * the same paths, so replacing the namespace by {@code http://HOST:PORT/id/} dereferences any IRI.
 */
public final class IdMapping {
    /** The path under which data IRIs are served. */
    public static final String PATH = "/id/";

    private IdMapping() {}

    /** The server path of a data IRI, or empty for an IRI outside the data namespace. */
    public static Optional<String> path(String iri) {
        return iri.startsWith(Iris.DATA) && iri.length() > Iris.DATA.length()
                ? Optional.of(PATH + iri.substring(Iris.DATA.length()))
                : Optional.empty();
    }

    /**
     * Where a link to {@code iri} should go: the local page for a data IRI, the IRI itself for an
     * http(s) IRI elsewhere (Wikidata), and nothing for any other scheme ({@code javascript:} must
     * never become a link).
     */
    public static Optional<String> href(String iri) {
        Optional<String> local = path(iri);
        if (local.isPresent()) {
            return local;
        }
        return iri.startsWith("https://") || iri.startsWith("http://") ? Optional.of(iri) : Optional.empty();
    }

    /** The IRI a request path names, as sent (percent-escapes kept), or empty if it is not under {@link #PATH}. */
    public static Optional<String> iri(String rawPath) {
        return rawPath.startsWith(PATH) && rawPath.length() > PATH.length()
                ? Optional.of(Iris.DATA + rawPath.substring(PATH.length()))
                : Optional.empty();
    }

    /** The same with percent-escapes decoded, for IRIs with characters a browser escapes. */
    static Optional<String> decodedIri(String rawPath) {
        return iri(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
}
