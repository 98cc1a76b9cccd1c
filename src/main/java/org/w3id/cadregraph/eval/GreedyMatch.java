package org.w3id.cadregraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * score.py's {@code greedy_match}: a one-to-one matching that takes pairs by descending score (above 0).
 * Equal scores go to the pair with the higher prediction index, then the higher gold index, as Python's
 * {@code sort(reverse=True)} of {@code (score, i, j)} does; this decides ties, so the lists must come in
 * score.py's order.
 */
final class GreedyMatch {

    /** A matched pair: indexes into the predictions and the gold items. */
    record Pair(int pred, int gold) {}

    private record Candidate(double score, int pred, int gold) {}

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
            .thenComparingInt(Candidate::pred).thenComparingInt(Candidate::gold).reversed();

    private GreedyMatch() {}

    /** The pairs in the order they were taken. */
    static <P, G> List<Pair> match(List<P> preds, List<G> golds, ToDoubleBiFunction<P, G> score) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                double s = score.applyAsDouble(preds.get(i), golds.get(j));
                if (s > 0) {
                    candidates.add(new Candidate(s, i, j));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Set<Integer> usedPred = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedPred.contains(c.pred()) && !usedGold.contains(c.gold())) {
                usedPred.add(c.pred());
                usedGold.add(c.gold());
                pairs.add(new Pair(c.pred(), c.gold()));
            }
        }
        return pairs;
    }
}
