package org.w3id.cadregraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The gold hosts of each predicted meeting, for training a host decision: meetings aligned to gold meetings exactly
 * as the scorer aligns them (officials by name, then meetings by participants, roles, date and label), so a model
 * learns what the scorer counts.
 */
public final class HostAlignment {
    private HostAlignment() {}

    /**
     * Predicted meeting IRI → the hosts of the gold meeting it is aligned with; a meeting aligned with none is absent.
     * Gold host names are resolved to the gold regions (name, aliases, QID) as the scorer resolves them.
     */
    public static Map<String, List<GoldReport.Region>> goldHosts(GoldReport gold, Prediction prediction) {
        Optional<PredictedReport> pred = prediction.report(gold.doc());
        if (pred.isEmpty()) {
            return Map.of();
        }
        ReportScorer.Result r = new ReportScorer(gold, pred.get(), false, prediction::labels, new Tally()).score();
        Map<String, GoldReport.Region> regions = new HashMap<>();
        gold.regions().forEach(x -> regions.put(x.name(), x));
        Map<String, List<GoldReport.Region>> out = new HashMap<>();
        for (Map.Entry<Node, GoldReport.Meeting> e : r.aligned().entrySet()) {
            out.put(e.getKey().getURI(), e.getValue().hostedBy().stream()
                    .map(h -> regions.getOrDefault(h, new GoldReport.Region(h, List.of(), null))).toList());
        }
        return out;
    }

    /** Whether a region with this label (and Wikidata item) is one of the gold hosts, by the scorer's region match. */
    public static boolean isHost(String label, Optional<String> qid, List<GoldReport.Region> goldHosts) {
        Set<String> qids = qid.map(Set::of).orElse(Set.of());
        return goldHosts.stream().anyMatch(g -> RegionMatch.matches(Set.of(label), qids, g));
    }
}
