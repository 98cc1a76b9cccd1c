package org.w3id.cadregraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the mentions of one name into people: start with each mention alone, join the two groups whose score
 * is highest while it reaches the threshold, score the joined group afresh against the others (its evidence is
 * the union of its mentions'), and stop. A veto (two Wikidata items, one report) keeps groups apart for good.
 *
 * <p>The result depends only on the set of mentions, never on the order they arrived in: ties are broken by the
 * mentions' content-derived anchors. That is what lets a store built in any order, or in several runs, agree.
 *
 * <pre>
 *   List&lt;Cluster&gt; people = new Clusterer(scorer, 0.0).cluster(mentionsOfLiMing);
 * </pre>
 */
public final class Clusterer {
    private final EvidenceScorer scorer;
    private final double threshold;

    /** @param threshold the least log-odds at which two groups are joined (0: more likely one person than two) */
    public Clusterer(EvidenceScorer scorer, double threshold) {
        this.scorer = scorer;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public List<Cluster> cluster(List<Mention> block) {
        List<Group> groups = new ArrayList<>();
        block.stream().sorted(Mention.BY_ANCHOR).forEach(m -> groups.add(new Group(m)));
        int n = groups.size();
        EvidenceScorer.Score[][] scores = new EvidenceScorer.Score[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                scores[i][j] = scorer.score(groups.get(i).mentions, groups.get(j).mentions);
            }
        }
        while (true) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                if (groups.get(i) == null) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (groups.get(j) == null || scores[i][j].vetoed() || scores[i][j].logOdds() < threshold) {
                        continue;
                    }
                    // strictly greater: among equal scores the pair of earliest anchors wins
                    if (bi < 0 || scores[i][j].logOdds() > scores[bi][bj].logOdds()) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            Group a = groups.get(bi);
            Group b = groups.get(bj);
            a.merges.addAll(b.merges);
            a.merges.add(new Cluster.Merge(b.mentions.get(0), a.mentions.get(0), scores[bi][bj]));
            a.mentions.addAll(b.mentions);
            a.mentions.sort(Mention.BY_ANCHOR);
            groups.set(bj, null);
            for (int k = 0; k < n; k++) {
                if (k == bi || groups.get(k) == null) {
                    continue;
                }
                int i = Math.min(k, bi);
                int j = Math.max(k, bi);
                scores[i][j] = scorer.score(groups.get(i).mentions, groups.get(j).mentions);
            }
        }
        return groups.stream().filter(g -> g != null).map(g -> new Cluster(g.mentions, g.merges))
                .sorted(Comparator.comparing(Cluster::anchor, Mention.BY_ANCHOR)).toList();
    }

    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final List<Cluster.Merge> merges = new ArrayList<>();

        Group(Mention m) {
            mentions.add(m);
        }
    }
}
