package org.w3id.cadregraph.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Counts of every measure, added up report by report. */
final class Tally {
    private final Map<Measure, Prf> counts = new EnumMap<>(Measure.class);

    Tally() {
        for (Measure m : Measure.values()) {
            counts.put(m, Prf.ZERO);
        }
    }

    void add(Measure m, int tp, int fp, int fn) {
        counts.put(m, counts.get(m).plus(tp, fp, fn));
    }

    Map<Measure, Prf> snapshot() {
        return Collections.unmodifiableMap(new EnumMap<>(counts));
    }
}
