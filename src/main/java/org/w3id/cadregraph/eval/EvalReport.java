package org.w3id.cadregraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * score.py's outputs of an {@link EvalResult}: the table, the per-document lines of {@code --per-doc} and
 * the {@code --json} file, character for character.
 */
public final class EvalReport {
    private EvalReport() {}

    /** One line per measure with P, R, F1, TP, FP, FN, then the reports and identity line; "\n" ends each. */
    public static String table(EvalResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-15s%8s%8s%8s%6s%6s%6s\n", "measure", "P", "R", "F1", "TP", "FP", "FN"));
        for (Measure m : Measure.values()) {
            Prf c = r.get(m);
            b.append(String.format(Locale.ROOT, "%-15s%8s%8s%8s%6d%6d%6d\n", m.key(), fixed3(c.precision()),
                    fixed3(c.recall()), fixed3(c.f1()), c.tp(), c.fp(), c.fn()));
        }
        b.append(String.format(Locale.ROOT,
                "reports: %d, without a graph: %d; officials named in several reports: %d, with one IRI: %d\n",
                r.reports(), r.reportsWithoutGraph(), r.identity().namesInSeveralReports(), r.identity().oneIri()));
        return b.toString();
    }

    /** Each report's details as one JSON line. */
    public static List<String> detailLines(EvalResult r) {
        return r.details().stream().map(d -> PythonJson.dumps(d.toJson())).toList();
    }

    /** The summary and the details as score.py writes them ({@code json.dump(..., indent=1)}). */
    public static String json(EvalResult r) {
        return PythonJson.dumps(r.toJson(), 1);
    }

    /**
     * Python's {@code f"{round(x, 4):.3f}"}: the rounded binary value, rounded again half to even. Java's
     * {@code %.3f} rounds half up from the shortest decimal, which differs on values such as 0.1235.
     */
    static String fixed3(double x) {
        return new BigDecimal(Prf.round4(x)).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
