package org.w3id.cadregraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * Scores an extraction against gold reports with exactly the algorithm of {@code ../shared/eval/score.py},
 * so both give the same numbers on the same data.
 *
 * <pre>
 *   EvalResult r = new Scorer().score(GoldReader.readDirectories(dirs), new Prediction(dsg));
 *   System.out.print(ScoreTable.format(r));
 * </pre>
 *
 * Each report is scored by a {@link ReportScorer}; this class adds up the counts and measures
 * cross-report identity: of the (non-optional, non-homonym) officials the gold names in several reports,
 * how many got a single IRI.
 */
public final class Scorer {

    public EvalResult score(List<GoldReport> golds, Prediction prediction) {
        Tally tally = new Tally();
        List<DocDetails> details = new ArrayList<>();
        Map<String, Set<Node>> irisOfName = new HashMap<>();
        Map<String, Set<String>> docsOfName = new HashMap<>();
        Set<String> homonyms = new HashSet<>();
        for (GoldReport gold : golds) {
            Optional<PredictedReport> pred = prediction.report(gold.doc());
            ReportScorer.Result r = new ReportScorer(gold, pred.orElse(PredictedReport.EMPTY), pred.isEmpty(),
                    prediction::labels, tally).score();
            details.add(r.details());
            r.nodeToGold().forEach((node, name) ->
                    irisOfName.computeIfAbsent(TextNorm.normName(name), k -> new HashSet<>()).add(node));
            for (GoldReport.Official o : gold.officials()) {
                if (o.homonym()) {
                    homonyms.add(TextNorm.normName(o.name()));
                } else if (!o.optional()) {
                    docsOfName.computeIfAbsent(TextNorm.normName(o.name()), k -> new HashSet<>()).add(gold.doc());
                }
            }
        }
        List<String> several = docsOfName.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && !homonyms.contains(e.getKey())).map(Map.Entry::getKey).toList();
        int oneIri = (int) several.stream().filter(n -> irisOfName.getOrDefault(n, Set.of()).size() == 1).count();
        int withoutGraph = (int) details.stream().filter(DocDetails::missingGraph).count();
        return new EvalResult(tally.snapshot(), new EvalResult.Identity(several.size(), oneIri), golds.size(),
                withoutGraph, details);
    }
}
