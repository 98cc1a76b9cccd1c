package org.w3id.cadregraph.serve;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Whether the served store may run federated queries ({@code SERVICE <url> { … }}), and to which endpoints.
 * Off by default: a public endpoint that fetches any URL a client names lets anyone reach the server's own
 * network (internal services, cloud metadata addresses) through it. When on, only the listed endpoints
 * are reachable, and even those never when they resolve to a loopback, link-local or private address
 * ({@link PublicAddresses}).
 *
 * <pre>
 *   Federation.off()
 *   Federation.allow(List.of())                                            // the Wikidata Query Service
 *   Federation.allow(List.of(URI.create("https://qlever.cs.uni-freiburg.de/api/wikidata")))
 * </pre>
 *
 * @param enabled   whether SERVICE runs at all
 * @param endpoints the endpoints a SERVICE clause may name, compared without query string and fragment
 */
public record Federation(boolean enabled, List<URI> endpoints) {
    /** The Wikidata Query Service, the one endpoint allowed when federation is turned on without a list. */
    public static final String WIKIDATA_QUERY_SERVICE_TEXT = "https://query.wikidata.org/sparql";
    /** {@link #WIKIDATA_QUERY_SERVICE_TEXT} as a URI. */
    public static final URI WIKIDATA_QUERY_SERVICE = URI.create(WIKIDATA_QUERY_SERVICE_TEXT);

    public Federation {
        endpoints = List.copyOf(endpoints);
        for (URI endpoint : endpoints) {
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) endpoint URL: " + endpoint);
            }
        }
    }

    /** No SERVICE at all: the default of a served store. */
    public static Federation off() {
        return new Federation(false, List.of());
    }

    /** SERVICE to {@code endpoints} only; none given means the Wikidata Query Service. */
    public static Federation allow(List<URI> endpoints) {
        return new Federation(true, endpoints.isEmpty() ? List.of(WIKIDATA_QUERY_SERVICE) : endpoints);
    }

    /** Whether {@code service} is one of the endpoints (same scheme, host, port and path). */
    public boolean allows(URI service) {
        return enabled && endpoints.stream().anyMatch(e -> sameEndpoint(e, service));
    }

    private static boolean sameEndpoint(URI a, URI b) {
        return eq(a.getScheme(), b.getScheme()) && eq(a.getHost(), b.getHost()) && port(a) == port(b)
                && path(a).equals(path(b));
    }

    private static boolean eq(String x, String y) {
        return x != null && y != null && x.equalsIgnoreCase(y);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static String path(URI u) {
        String p = u.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
