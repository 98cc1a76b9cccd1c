package org.w3id.cadregraph.web;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Adds the pages to a Fuseki server being built, so the pages and the SPARQL endpoint share one
 * port and one process.
 *
 * <pre>
 *   FusekiServer server = WebPages.addTo(FusekiServer.create().port(3030).parseConfig(config), "/cadregraph")
 *           .build();
 * </pre>
 *
 * <table>
 * <caption>Paths</caption>
 * <tr><td>{@code /id/…}</td><td>every data IRI {@code https://w3id.org/cadregraph/id/…}: a page, or RDF by
 *     content negotiation or the suffixes {@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .html}</td></tr>
 * <tr><td>{@code /search?q=…}</td><td>search by name</td></tr>
 * <tr><td>{@code /network}, {@code /network/…}</td><td>the co-attendance network, its data and downloads</td></tr>
 * <tr><td>{@code /assets/…}</td><td>style sheet and scripts</td></tr>
 * </table>
 */
public final class WebPages {
    /** The time limit of each query a page runs. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(20);

    private WebPages() {}

    /**
     * Adds the pages' servlets to {@code builder}; they read the dataset the server serves at
     * {@code datasetPath}.
     */
    public static FusekiServer.Builder addTo(FusekiServer.Builder builder, String datasetPath) {
        return addTo(builder, new Site(datasetPath, QUERY_TIMEOUT));
    }

    /** Adds the pages' servlets, sharing {@code site}. */
    static FusekiServer.Builder addTo(FusekiServer.Builder builder, Site site) {
        return builder
                .addServlet("/id/*", new ResourceServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/network/*", new NetworkServlet(site))
                .addServlet("/assets/*", new AssetServlet());
    }
}
