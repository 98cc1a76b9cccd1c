package org.w3id.cadregraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionGazetteer;
import org.w3id.cadregraph.graph.Iris;

/**
 * Links offline, from the verified QIDs of the gazetteers: every region node that is a gazetteer
 * region with a QID, and every body whose label is a name or alias of a {@code bodies.tsv} row with a
 * QID. The mapper already states {@code owl:sameAs} for gazetteer regions; then only the assertion
 * (confidence, method) is added, never a second copy of the triple.
 *
 * <pre>
 *   List&lt;Link&gt; links = new GazetteerLinker(RegionGazetteer.loadDefault(), BodyGazetteer.loadDefault()).link(inputs);
 * </pre>
 */
public final class GazetteerLinker {
    /** The gazetteers hold only verified QIDs. */
    static final double CONFIDENCE = 1.0;

    private final RegionGazetteer regions;
    private final BodyGazetteer bodies;

    public GazetteerLinker(RegionGazetteer regions, BodyGazetteer bodies) {
        this.regions = regions;
        this.bodies = bodies;
    }

    public List<Link> link(LinkInputs in) {
        List<Link> links = new ArrayList<>();
        for (LinkInputs.RegionFacts r : in.regions()) {
            gazetteerRegion(r).flatMap(Region::qid).ifPresent(qid -> links.add(new Link(r.node(), Link.Kind.REGION, qid,
                    CONFIDENCE, Link.GAZETTEER, r.statedQid().filter(qid::equals).isPresent())));
        }
        Map<Node, String> regionIds = new java.util.HashMap<>();
        for (LinkInputs.RegionFacts r : in.regions()) {
            gazetteerRegion(r).ifPresent(g -> regionIds.put(r.node(), g.id()));
        }
        for (LinkInputs.OrganizationFacts o : in.organizations()) {
            List<BodyGazetteer.Body> found = bodies.lookup(o.label()).stream()
                    .filter(b -> b.qid().isPresent())
                    .filter(b -> o.region().isEmpty() || b.regionId().equals(regionIds.get(o.region().get())))
                    .toList();
            if (found.size() == 1) {
                links.add(new Link(o.node(), Link.Kind.ORGANIZATION, found.get(0).qid().orElseThrow(),
                        CONFIDENCE, Link.GAZETTEER, false));
            }
        }
        return links;
    }

    /**
     * The gazetteer region this node stands for: one the label names whose IRI is this node's, so a
     * region found in a report that only shares a name ("Wujiang District" elsewhere) is not taken.
     */
    private Optional<Region> gazetteerRegion(LinkInputs.RegionFacts r) {
        return regions.lookup(r.label()).stream().filter(g -> Iris.region(g.id()).equals(r.node())).findFirst();
    }
}
