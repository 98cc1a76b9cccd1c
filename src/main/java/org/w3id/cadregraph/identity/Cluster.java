package org.w3id.cadregraph.identity;

import java.util.List;

/**
 * Mentions decided to be one person, with the merges that joined them in the order they were made.
 *
 * @param mentions by anchor; the first is the cluster's anchor
 * @param merges   each join of two groups, with the mentions that stand for each side and the score
 */
public record Cluster(List<Mention> mentions, List<Merge> merges) {
    public Cluster {
        mentions = List.copyOf(mentions);
        merges = List.copyOf(merges);
    }

    public Mention anchor() {
        return mentions.get(0);
    }

    /** One join: {@code joined} (the anchor of the group that joined) to {@code with} (the anchor of the other). */
    public record Merge(Mention joined, Mention with, EvidenceScorer.Score score) {}
}
