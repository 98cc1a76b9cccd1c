package org.w3id.cadregraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * One of the SPARQL queries behind the pages, a {@code .rq} file in
 * {@code org/w3id/cadregraph/web/queries/} whose {@code ?this} stands for the resource of the page.
 *
 * <pre>
 *   PageQuery posts = PageQuery.load("official-posts");
 *   String sparql = posts.about("https://w3id.org/cadregraph/id/official/huai-jinpeng");
 * </pre>
 *
 * The text with {@code ?this} bound is both what the page runs and what it links to, so a reader can
 * run the same query on the SPARQL endpoint and see the page's data.
 */
record PageQuery(String name, String template) {
    private static final String FOLDER = "org/w3id/cadregraph/web/queries/";

    static PageQuery load(String name) {
        try (InputStream in = PageQuery.class.getClassLoader().getResourceAsStream(FOLDER + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + FOLDER + name + ".rq is missing from the build");
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            new ParameterizedSparqlString(template).asQuery(); // fail at start-up, not on a page
            return new PageQuery(name, template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query text with {@code ?this} bound to {@code iri} (checked and written as {@code <iri>}). */
    String about(String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
        pss.setIri("this", iri);
        return pss.toString();
    }

    /** The query text as it is, for queries without {@code ?this}. */
    String text() {
        return template;
    }
}
