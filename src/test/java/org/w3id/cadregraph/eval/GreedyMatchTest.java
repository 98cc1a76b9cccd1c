package org.w3id.cadregraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyMatchTest {

    @Test
    void takesTheBestScoresFirst() {
        List<GreedyMatch.Pair> pairs = GreedyMatch.match(List.of(1, 2), List.of(1, 2),
                (p, g) -> p.equals(g) ? 1.0 : 0.5);
        assertThat(pairs).containsExactly(new GreedyMatch.Pair(1, 1), new GreedyMatch.Pair(0, 0));
    }

    @Test
    void breaksTiesTowardsTheLastPredictionAndGold() {
        List<GreedyMatch.Pair> pairs = GreedyMatch.match(List.of("a", "b", "c"), List.of("x", "y"), (p, g) -> 1.0);
        assertThat(pairs).containsExactly(new GreedyMatch.Pair(2, 1), new GreedyMatch.Pair(1, 0));
    }

    @Test
    void isGreedySoTheOrderOfTheListsCanCostAPair() {
        // "both" fits g0 and g1, "g1only" fits g1: listed last, "both" takes g1 first and g1only is left out
        ToDouble score = (p, g) -> p.equals("both") || g.equals("g1") ? 1.0 : 0.0;
        assertThat(GreedyMatch.match(List.of("g1only", "both"), List.of("g0", "g1"), score::of))
                .containsExactly(new GreedyMatch.Pair(1, 1));
        assertThat(GreedyMatch.match(List.of("both", "g1only"), List.of("g0", "g1"), score::of))
                .containsExactly(new GreedyMatch.Pair(1, 1), new GreedyMatch.Pair(0, 0));
    }

    private interface ToDouble {
        double of(String pred, String gold);
    }

    @Test
    void leavesZeroScoresUnmatched() {
        assertThat(GreedyMatch.match(List.of("a"), List.of("b"), (p, g) -> 0.0)).isEmpty();
    }
}
