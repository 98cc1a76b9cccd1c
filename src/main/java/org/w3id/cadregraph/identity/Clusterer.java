package org.w3id.cadregraph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups the mentions of one name into people: start with each mention alone, join the two groups whose score
 * is highest while it reaches the threshold, score the joined group afresh against the others (its evidence is
 * the union of its mentions'), and stop. A veto (two Wikidata items, one report) keeps groups apart for good, and
 * so does a researcher's "different" ({@link IdentityOverride}); a researcher's "same" joins whatever the score.
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
        return cluster(block, List.of());
    }

    /**
     * Clusters with a researcher's decisions: a "different" keeps the groups holding its two sides apart whatever
     * their score (a cannot-link); a "same" joins the groups holding its sides (a must-link) once the rule has
     * joined what it would, and the rule then goes on with the joined group. A "same" that would join what a
     * "different" keeps apart is not applied: "different" wins. Decisions are applied in a content order, so the
     * result still depends only on the set of mentions and decisions.
     */
    public List<Cluster> cluster(List<Mention> block, List<IdentityOverride> overrides) {
        List<IdentityOverride> different = overrides.stream().filter(o -> o.decision() == IdentityOverride.Decision.DIFFERENT).toList();
        List<IdentityOverride> same = overrides.stream().filter(o -> o.decision() == IdentityOverride.Decision.SAME)
                .sorted(Comparator.comparing((IdentityOverride o) -> o.one().toString()).thenComparing(o -> o.other().toString()))
                .toList();
        List<Group> groups = new ArrayList<>();
        block.stream().sorted(Mention.BY_ANCHOR).forEach(m -> groups.add(new Group(m)));
        int n = groups.size();
        // who held which post when, by every report of the name: a third report can show a successor between two
        Succession succession = Succession.of(block);
        EvidenceScorer.Score[][] scores = new EvidenceScorer.Score[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                scores[i][j] = scorer.score(groups.get(i).mentions, groups.get(j).mentions, succession);
            }
        }
        do {
            joinByRule(groups, scores, different, succession);
        } while (joinByDecision(groups, scores, same, different, succession));
        return groups.stream().filter(g -> g != null).map(g -> new Cluster(g.mentions, g.merges))
                .sorted(Comparator.comparing(Cluster::anchor, Mention.BY_ANCHOR)).toList();
    }

    /**
     * Joins the best pair while one reaches the threshold. Each row keeps its best partner, so that a join rescans
     * only the rows it touched rather than every pair (a scan of all pairs per join made a name with many mentions
     * cost the cube of their number); the pair chosen is the one a scan of all pairs would choose: the highest
     * score, among equal scores the earliest row, within it the earliest column.
     */
    private void joinByRule(List<Group> groups, EvidenceScorer.Score[][] scores, List<IdentityOverride> different,
                            Succession succession) {
        int n = groups.size();
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            best[i] = bestPartner(groups, scores, different, i);
        }
        while (true) {
            int bi = -1;
            for (int i = 0; i < n; i++) {
                if (best[i] >= 0 && (bi < 0 || scores[i][best[i]].logOdds() > scores[bi][best[bi]].logOdds())) {
                    bi = i;
                }
            }
            if (bi < 0) {
                return;
            }
            int bj = best[bi];
            join(groups, scores, bi, bj, scores[bi][bj], succession);
            best[bj] = -1;
            best[bi] = bestPartner(groups, scores, different, bi);
            for (int k = 0; k < bi; k++) {
                if (best[k] == bi || best[k] == bj) {
                    best[k] = bestPartner(groups, scores, different, k);
                } else if (groups.get(k) != null && joinable(groups, scores, different, k, bi)
                        && (best[k] < 0 || scores[k][bi].logOdds() > scores[k][best[k]].logOdds()
                            || scores[k][bi].logOdds() == scores[k][best[k]].logOdds() && bi < best[k])) {
                    best[k] = bi;
                }
            }
            for (int k = bi + 1; k < bj; k++) {
                if (best[k] == bj) {
                    best[k] = bestPartner(groups, scores, different, k);
                }
            }
        }
    }

    /** The earliest of the later groups with the highest score that {@code i} may be joined to, or -1. */
    private int bestPartner(List<Group> groups, EvidenceScorer.Score[][] scores, List<IdentityOverride> different, int i) {
        if (groups.get(i) == null) {
            return -1;
        }
        int best = -1;
        for (int j = i + 1; j < groups.size(); j++) {
            // strictly greater: among equal scores the pair of earliest anchors wins
            if (joinable(groups, scores, different, i, j) && (best < 0 || scores[i][j].logOdds() > scores[i][best].logOdds())) {
                best = j;
            }
        }
        return best;
    }

    private boolean joinable(List<Group> groups, EvidenceScorer.Score[][] scores, List<IdentityOverride> different,
                             int i, int j) {
        return groups.get(j) != null && !scores[i][j].vetoed() && scores[i][j].logOdds() >= threshold
                && !apart(groups.get(i), groups.get(j), different);
    }

    /** Applies each "same" whose sides are still in several groups; true if it joined any. */
    private boolean joinByDecision(List<Group> groups, EvidenceScorer.Score[][] scores, List<IdentityOverride> same,
                                   List<IdentityOverride> different, Succession succession) {
        boolean joined = false;
        for (IdentityOverride o : same) {
            List<Integer> touching = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i) != null && o.touches(groups.get(i).graphs)) {
                    touching.add(i);
                }
            }
            boolean contradicted = false;
            for (int x = 0; x < touching.size() && !contradicted; x++) {
                for (int y = x + 1; y < touching.size(); y++) {
                    contradicted |= apart(groups.get(touching.get(x)), groups.get(touching.get(y)), different);
                }
            }
            if (contradicted) {
                continue;
            }
            for (int x = 1; x < touching.size(); x++) {
                join(groups, scores, touching.get(0), touching.get(x), o.asScore(), succession);
                joined = true;
            }
        }
        return joined;
    }

    /** Joins group bj into group bi and scores the joined group afresh against the others. */
    private void join(List<Group> groups, EvidenceScorer.Score[][] scores, int bi, int bj, EvidenceScorer.Score score,
                      Succession succession) {
        Group a = groups.get(bi);
        Group b = groups.get(bj);
        a.merges.addAll(b.merges);
        a.merges.add(new Cluster.Merge(b.mentions.get(0), a.mentions.get(0), score));
        a.mentions.addAll(b.mentions);
        a.mentions.sort(Mention.BY_ANCHOR);
        a.graphs.addAll(b.graphs);
        groups.set(bj, null);
        for (int k = 0; k < groups.size(); k++) {
            if (k == bi || groups.get(k) == null) {
                continue;
            }
            int i = Math.min(k, bi);
            int j = Math.max(k, bi);
            scores[i][j] = scorer.score(groups.get(i).mentions, groups.get(j).mentions, succession);
        }
    }

    /** True when a researcher's "different" keeps the two groups apart. */
    static boolean apart(Group a, Group b, List<IdentityOverride> different) {
        for (IdentityOverride o : different) {
            if (o.separates(a.graphs, b.graphs)) {
                return true;
            }
        }
        return false;
    }

    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final List<Cluster.Merge> merges = new ArrayList<>();
        final Set<String> graphs = new HashSet<>();

        Group(Mention m) {
            mentions.add(m);
            graphs.add(m.graph());
        }
    }
}
