package org.w3id.cadregraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** score.py's conventions for empty sets and its rounding; expected values printed by Python. */
class PrfTest {

    @Test
    void nothingToFindAndNothingFoundIsPerfect() {
        Prf none = new Prf(0, 0, 0);
        assertThat(none.precision()).isEqualTo(1.0);
        assertThat(none.recall()).isEqualTo(1.0);
        assertThat(none.f1()).isEqualTo(1.0);
    }

    @Test
    void nothingFoundOfSomethingIsZero() {
        Prf missed = new Prf(0, 0, 3);
        assertThat(missed.precision()).isZero();
        assertThat(missed.recall()).isZero();
        assertThat(missed.f1()).isZero();
    }

    @Test
    void onlyWrongPredictionsHaveFullRecallButNoF1() {
        Prf wrong = new Prf(0, 2, 0);
        assertThat(wrong.precision()).isZero();
        assertThat(wrong.recall()).isEqualTo(1.0);
        assertThat(wrong.f1()).isZero();
    }

    @Test
    void roundsAsPython() {
        assertThat(Prf.round4(0.12345)).isEqualTo(0.1235);
        assertThat(Prf.round4(0.99995)).isEqualTo(1.0);
        assertThat(Prf.round4(2.0 / 3)).isEqualTo(0.6667);
        // f"{x:.3f}" rounds the binary value half to even, where Java's %.3f would print 0.124 and 0.063
        assertThat(EvalReport.fixed3(0.1235)).isEqualTo("0.123");
        assertThat(EvalReport.fixed3(0.0625)).isEqualTo("0.062");
        assertThat(EvalReport.fixed3(1.0)).isEqualTo("1.000");
    }
}
