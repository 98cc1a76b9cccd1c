package org.w3id.cadregraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Prov;

/**
 * {@code /id/*}: every data IRI dereferenced. A path with a suffix ({@code .html}, {@code .ttl},
 * {@code .jsonld}, {@code .nt}) gets that representation; a path without one gets what the
 * {@code Accept} header asks for, with {@code Vary: Accept} and the suffixed path as
 * {@code Content-Location}. An IRI the store does not mention is a 404.
 */
final class ResourceServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    private static final PageQuery ABOUT = PageQuery.load("about");

    /** The IRI a request names and the representation the path's suffix asks for, if any. */
    private record Target(String iri, String path, Optional<Variant> suffixVariant) {}

    ResourceServlet(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = resolve(request.getRequestURI());
        if (target.isEmpty()) {
            sendError(response, HttpServletResponse.SC_NOT_FOUND, "Not found",
                    "The store says nothing about " + IdMapping.iri(request.getRequestURI()).orElse(request.getRequestURI())
                            + ". Search for a name instead.");
            return;
        }
        Target t = target.get();
        Variant variant = t.suffixVariant().orElseGet(() -> Variant.negotiate(request.getHeader("Accept")));
        if (t.suffixVariant().isEmpty()) {
            response.setHeader("Vary", "Accept");
            response.setHeader("Content-Location", t.path() + variant.suffix());
        }
        response.addHeader("Link", "<" + t.path() + Variant.TURTLE.suffix() + ">; rel=\"alternate\"; type=\""
                + Variant.TURTLE.mediaType() + "\"");
        Optional<String> replacement = replacedBy(t.iri()).flatMap(IdMapping::path);
        if (variant == Variant.HTML && replacement.isPresent()) {
            // A person's IRI retired by identity resolution: the page of the person it was merged into.
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", replacement.get());
            return;
        }
        if (variant == Variant.HTML) {
            render(response, HttpServletResponse.SC_OK, page(t.iri()));
        } else {
            writeRdf(response, t.iri(), variant);
        }
    }

    private Optional<Target> resolve(String rawPath) {
        StoreReader store = site.store();
        for (Optional<String> candidate : List.of(IdMapping.iri(rawPath), IdMapping.decodedIri(rawPath))) {
            if (candidate.isPresent() && store.mentions(NodeFactory.createURI(candidate.get()))) {
                return Optional.of(new Target(candidate.get(), rawPath, Optional.empty()));
            }
        }
        Optional<Variant> suffix = Variant.bySuffix(rawPath);
        if (suffix.isPresent()) {
            String bare = rawPath.substring(0, rawPath.length() - suffix.get().suffix().length());
            for (Optional<String> candidate : List.of(IdMapping.iri(bare), IdMapping.decodedIri(bare))) {
                if (candidate.isPresent() && store.mentions(NodeFactory.createURI(candidate.get()))) {
                    return Optional.of(new Target(candidate.get(), bare, suffix));
                }
            }
        }
        return Optional.empty();
    }

    /** The resource that replaces {@code iri} ({@code dcterms:isReplacedBy}), if it was retired. */
    private Optional<String> replacedBy(String iri) {
        Node node = NodeFactory.createURI(iri);
        StoreReader store = site.store();
        return store.read(() -> {
            var found = store.dataset().find(Node.ANY, node, DCTerms.isReplacedBy.asNode(), Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject()).filter(Node::isURI).map(Node::getURI)
                    : Optional.<String>empty();
        });
    }

    /** The page for the resource, chosen by its type. */
    private Page page(String iri) {
        PageData data = site.pageData();
        About about = new About(data.rows(ABOUT, iri, "Everything the store says about it"));
        if (about.has(RDF.Nodes.type, CG.Official)) {
            return OfficialPage.build(data, iri, about);
        }
        if (about.has(RDF.Nodes.type, CG.Meeting)) {
            return MeetingPage.build(data, iri, about);
        }
        if (about.has(RDF.Nodes.type, CG.Organization)) {
            return OrganizationPage.build(data, iri, about);
        }
        if (about.has(RDF.Nodes.type, CG.Region)) {
            return RegionPage.build(data, iri, about);
        }
        if (about.has(RDF.Nodes.type, CG.Report)) {
            return ReportPage.build(data, iri, about);
        }
        if (about.has(RDF.Nodes.type, CG.ReportGraph)) {
            Optional<String> report = about.iris(Prov.wasDerivedFrom).stream().findFirst();
            if (report.isPresent()) {
                return ReportPage.build(data, report.get(), about);
            }
        }
        return ResourcePage.build(data, iri, about);
    }

    private void writeRdf(HttpServletResponse response, String iri, Variant variant) throws IOException {
        Node node = NodeFactory.createURI(iri);
        Graph graph = site.store().read(() -> ResourceDescription.of(site.store().dataset(), node));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(variant.mediaType() + ";charset=UTF-8");
        OutputStream out = response.getOutputStream();
        ResourceDescription.write(graph, variant.rdfFormat(), out);
        out.flush();
    }
}
