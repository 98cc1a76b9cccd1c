package org.w3id.cadregraph.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A researcher's decision about the people of one name, as every resolution applies it: the mentions in the
 * report graphs of {@code one} and those of {@code other} are one person ({@link Decision#SAME}: joined whatever
 * the score) or never one ({@link Decision#DIFFERENT}: kept apart whatever the score). Sides are report graphs,
 * not person IRIs, so the decision holds however IRIs move, in any report order and in every later run.
 *
 * @param source where the decision was written: "overrides.tsv line 4"
 * @param reason the researcher's own words
 */
public record IdentityOverride(Decision decision, String key, Set<String> one, Set<String> other, String source, String reason) {
    public enum Decision {
        SAME, DIFFERENT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Log-odds recorded for a researcher's "same": decided, not scored (the mirror of a veto). */
    static final double DECIDED = -EvidenceScorer.VETO;

    public IdentityOverride {
        one = Set.copyOf(new TreeSet<>(one));
        other = Set.copyOf(new TreeSet<>(other));
        reason = reason == null ? "" : reason.strip();
    }

    /** True when one group of mentions holds a side and the other the other side. */
    boolean separates(Collection<String> graphsA, Collection<String> graphsB) {
        return touches(graphsA, one) && touches(graphsB, other) || touches(graphsA, other) && touches(graphsB, one);
    }

    boolean touches(Collection<String> graphs) {
        return touches(graphs, one) || touches(graphs, other);
    }

    private static boolean touches(Collection<String> graphs, Set<String> side) {
        for (String g : graphs) {
            if (side.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** The score a researcher's "same" is recorded with: confidence 1.0, the reason naming the file and line. */
    EvidenceScorer.Score asScore() {
        String text = "researcher's decision (" + source + ")" + (reason.isEmpty() ? "" : ": " + reason);
        return new EvidenceScorer.Score(DECIDED, List.of(new EvidenceScorer.Reason("override", DECIDED, text)), false);
    }
}
