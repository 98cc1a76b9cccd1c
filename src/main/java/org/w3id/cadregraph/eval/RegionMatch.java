package org.w3id.cadregraph.eval;

import static org.w3id.cadregraph.eval.TextNorm.norm;
import static org.w3id.cadregraph.eval.TextNorm.normRegion;

import java.util.HashSet;
import java.util.Set;

/** score.py's {@code region_matches}, used for hosts and for Wikidata links. */
final class RegionMatch {
    private RegionMatch() {}

    /**
     * A predicted region is the gold one if it has the gold QID, or a label equal to one of the gold names
     * or aliases, as written (normalised) or without its level ("Guangxi" = "Guangxi Zhuang Autonomous Region").
     */
    static boolean matches(Set<String> labels, Set<String> qids, GoldReport.Region gold) {
        if (PythonLib.truthy(gold.wikidata()) && qids.contains(gold.wikidata())) {
            return true;
        }
        Set<String> forms = new HashSet<>();
        forms.add(normRegion(gold.name()));
        forms.add(norm(gold.name()));
        for (String alias : gold.aliases()) {
            forms.add(normRegion(alias));
            forms.add(norm(alias));
        }
        forms.remove("");
        return labels.stream().anyMatch(l -> forms.contains(normRegion(l)) || forms.contains(norm(l)));
    }
}
