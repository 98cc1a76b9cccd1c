package org.w3id.cadregraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;

/**
 * What the linkers need from the store, read once in a read transaction from every graph but the links
 * graph itself (so a rerun starts from the reports alone): the regions, bodies and officials, each with
 * the evidence the reports give about it. Lists are sorted by IRI, so runs are repeatable.
 *
 * <pre>
 *   LinkInputs in = Txn.calculateRead(dsg, () -&gt; LinkInputs.read(dsg, Linker.LINKS_GRAPH));
 * </pre>
 */
public record LinkInputs(List<RegionFacts> regions, List<OrganizationFacts> organizations, List<OfficialFacts> officials) {

    /**
     * A {@code cg:Region}.
     *
     * @param code       its {@code cg:adminCode} (P442 form), if stated
     * @param parent     the region it is {@code cg:withinRegion}
     * @param statedQid  the Wikidata item a report graph already states with {@code owl:sameAs}
     */
    public record RegionFacts(Node node, String label, List<String> altLabels, Optional<String> code,
                              Optional<Node> parent, Optional<String> statedQid) {}

    /** A {@code cg:Organization} and the region it is {@code cg:inRegion}. */
    public record OrganizationFacts(Node node, String label, Optional<Node> region) {}

    /**
     * A {@code cg:Official} and what the reports say about their posts.
     *
     * @param nameZh        a {@code cg:nameZh}, if any report gives one
     * @param evidenceTexts the labels of their titles, of the titles' bodies and of those bodies' regions
     * @param regions       the regions of the bodies they hold titles in
     */
    public record OfficialFacts(Node node, String label, Optional<String> nameZh, List<String> evidenceTexts,
                                Set<Node> regions) {}

    public static LinkInputs read(DatasetGraph dsg, Node excludedGraph) {
        return new Reader(dsg, excludedGraph).read();
    }

    private static final class Reader {
        private static final Comparator<Node> BY_TERM = Comparator.comparing(Node::toString);
        private final DatasetGraph dsg;
        private final Node excluded;

        Reader(DatasetGraph dsg, Node excluded) {
            this.dsg = dsg;
            this.excluded = excluded;
        }

        LinkInputs read() {
            List<RegionFacts> regions = new ArrayList<>();
            for (Node r : subjects(RDF.Nodes.type, CG.Region)) {
                label(r).ifPresent(label -> regions.add(new RegionFacts(r, label, strings(r, SKOS.altLabel.asNode()),
                        first(strings(r, CG.adminCode)), first(objects(r, CG.withinRegion)), statedQid(r))));
            }
            List<OrganizationFacts> organizations = new ArrayList<>();
            for (Node o : subjects(RDF.Nodes.type, CG.Organization)) {
                label(o).ifPresent(label -> organizations.add(new OrganizationFacts(o, label, first(objects(o, CG.inRegion)))));
            }
            List<OfficialFacts> officials = new ArrayList<>();
            for (Node p : subjects(RDF.Nodes.type, CG.Official)) {
                label(p).ifPresent(label -> officials.add(official(p, label)));
            }
            return new LinkInputs(regions, organizations, officials);
        }

        private OfficialFacts official(Node p, String label) {
            Set<String> texts = new LinkedHashSet<>();
            Set<Node> regions = new LinkedHashSet<>();
            for (Node title : objects(p, CG.holdsTitle)) {
                label(title).ifPresent(texts::add);
                for (Node org : objects(title, ORG.organization.asNode())) {
                    label(org).ifPresent(texts::add);
                    for (Node region : objects(org, CG.inRegion)) {
                        regions.add(region);
                        label(region).ifPresent(texts::add);
                        texts.addAll(strings(region, SKOS.altLabel.asNode()));
                    }
                }
            }
            return new OfficialFacts(p, label, first(strings(p, CG.nameZh)), List.copyOf(texts), regions);
        }

        private Optional<String> statedQid(Node region) {
            return objects(region, OWL.sameAs.asNode()).stream()
                    .filter(Node::isURI).map(Node::getURI)
                    .filter(u -> u.startsWith(Iris.WIKIDATA_ENTITY))
                    .map(u -> u.substring(Iris.WIKIDATA_ENTITY.length()))
                    .findFirst();
        }

        private Optional<String> label(Node n) {
            return first(strings(n, RDFS.Nodes.label));
        }

        private List<String> strings(Node s, Node p) {
            return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).distinct().sorted().toList();
        }

        private List<Node> objects(Node s, Node p) {
            Set<Node> out = new TreeSet<>(BY_TERM);
            find(s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            return List.copyOf(out);
        }

        private List<Node> subjects(Node p, Node o) {
            Set<Node> out = new TreeSet<>(BY_TERM);
            find(Node.ANY, p, o).forEachRemaining(q -> {
                if (q.getSubject().isURI()) {
                    out.add(q.getSubject());
                }
            });
            return List.copyOf(out);
        }

        private Iterator<Quad> find(Node s, Node p, Node o) {
            Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
            List<Quad> kept = new ArrayList<>();
            it.forEachRemaining(q -> {
                if (!q.getGraph().equals(excluded)) {
                    kept.add(q);
                }
            });
            return kept.iterator();
        }

        private static <T> Optional<T> first(List<T> list) {
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }
}
