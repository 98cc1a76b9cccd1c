package org.w3id.cadregraph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The scores of an extraction: counts per measure, cross-report identity, and the per-report details.
 *
 * @param reports             gold reports scored
 * @param reportsWithoutGraph gold reports the dataset has no graph for
 */
public record EvalResult(Map<Measure, Prf> measures, Identity identity, int reports, int reportsWithoutGraph,
                         List<DocDetails> details) {
    public EvalResult {
        measures = Collections.unmodifiableMap(new EnumMap<>(measures));
        details = List.copyOf(details);
    }

    /**
     * @param namesInSeveralReports officials the gold names in more than one report
     * @param oneIri                those of them that have a single IRI across the reports
     */
    public record Identity(int namesInSeveralReports, int oneIri) {}

    public Prf get(Measure m) {
        return measures.get(m);
    }

    /** score.py's JSON: {@code {"summary": {...}, "details": [...]}}, P, R and F1 rounded to 4 places. */
    public JsonObject toJson() {
        JsonObject summary = new JsonObject();
        for (Measure m : Measure.values()) {
            Prf c = get(m);
            JsonObject o = new JsonObject();
            o.put("p", rounded(c.precision()));
            o.put("r", rounded(c.recall()));
            o.put("f1", rounded(c.f1()));
            o.put("tp", c.tp());
            o.put("fp", c.fp());
            o.put("fn", c.fn());
            summary.put(m.key(), o);
        }
        JsonObject id = new JsonObject();
        id.put("names_in_several_reports", identity.namesInSeveralReports());
        id.put("one_iri", identity.oneIri());
        summary.put("identity", id);
        summary.put("reports", reports);
        summary.put("reports_without_graph", reportsWithoutGraph);
        JsonArray docs = new JsonArray();
        details.forEach(d -> docs.add(d.toJson()));
        JsonObject all = new JsonObject();
        all.put("summary", summary);
        all.put("details", docs);
        return all;
    }

    /** A decimal with a scale above 0, which {@link PythonJson} writes as a Python float. */
    private static JsonNumber rounded(double x) {
        return JsonNumber.value(new BigDecimal(Prf.round4(x)).setScale(4, RoundingMode.HALF_EVEN));
    }
}
