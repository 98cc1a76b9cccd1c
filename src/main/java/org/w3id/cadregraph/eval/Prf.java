package org.w3id.cadregraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * True positives, false positives and false negatives of one measure, with precision, recall and F1 by
 * score.py's conventions: nothing predicted and nothing missed is a precision of 1, nothing to find is a
 * recall of 1, and F1 is 0 when both are 0.
 */
public record Prf(int tp, int fp, int fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(int tp, int fp, int fn) {
        return new Prf(this.tp + tp, this.fp + fp, this.fn + fn);
    }

    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
    }

    public double recall() {
        return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    }

    /** From the unrounded precision and recall, as score.py computes it. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /**
     * Python's {@code round(x, 4)}, which score.py applies to P, R and F1 before printing them: half to even
     * on the exact binary value.
     */
    public static double round4(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
