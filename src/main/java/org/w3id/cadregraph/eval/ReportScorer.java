package org.w3id.cadregraph.eval;

import static org.w3id.cadregraph.eval.TextNorm.normName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Scores one report as score.py's {@code score_doc}: officials and their titles and the Wikidata links
 * here, meetings in a {@link MeetingScorer}. One instance per report.
 */
final class ReportScorer {
    /** The details, and which predicted official was matched to which gold name (for cross-report identity). */
    record Result(DocDetails details, Map<Node, String> nodeToGold, Map<Node, GoldReport.Meeting> aligned) {}

    private final GoldReport gold;
    private final PredictedReport pred;
    private final boolean missingGraph;
    private final Function<Node, Set<String>> labelsAnywhere;
    private final Tally tally;

    private final List<GoldReport.Official> goldOfficials;
    private final List<GoldReport.Official> optionalOfficials;
    /** Predicted officials in score.py's order, without those naming an optional gold person. */
    private final List<Node> predOfficials;
    private final Map<Node, String> nodeToGold = new LinkedHashMap<>();

    /**
     * @param pred           the report's graph, {@link PredictedReport#EMPTY} when it has none
     * @param labelsAnywhere the labels of any node in the dataset, for attendees who are not officials
     * @param tally          where the counts are added
     */
    ReportScorer(GoldReport gold, PredictedReport pred, boolean missingGraph,
                 Function<Node, Set<String>> labelsAnywhere, Tally tally) {
        this.gold = gold;
        this.pred = pred;
        this.missingGraph = missingGraph;
        this.labelsAnywhere = labelsAnywhere;
        this.tally = tally;
        this.goldOfficials = gold.officials().stream().filter(o -> !o.optional()).toList();
        this.optionalOfficials = gold.officials().stream().filter(GoldReport.Official::optional).toList();
        this.predOfficials = pred.officials().keySet().stream().sorted(PythonLib.NODES)
                .filter(n -> optionalOfficials.stream().noneMatch(o -> nameScore(labels(n), o.name()) > 0))
                .toList();
    }

    Result score() {
        List<String> officialsFp = matchOfficials();
        List<String> officialsFn = missedOfficials();
        List<DocDetails.TitleError> titleErrors = titles(Measure.TITLES_STRICT, true);
        titles(Measure.TITLES_ROLE, false);
        MeetingScorer.Errors m = new MeetingScorer(gold, pred, nodeToGold, labelsAnywhere, tally).score();
        wikidata();
        DocDetails d = new DocDetails(gold.doc(), missingGraph, officialsFp, officialsFn, titleErrors,
                m.attendedFp(), m.attendedFn(), m.dates(), m.hosts());
        return new Result(d, nodeToGold, m.aligned());
    }

    // ---- officials

    /** Matches officials by normalised name; returns the least labels of the predictions left over. */
    private List<String> matchOfficials() {
        List<GreedyMatch.Pair> pairs = GreedyMatch.match(predOfficials, goldOfficials,
                (n, o) -> nameScore(labels(n), o.name()));
        tally.add(Measure.OFFICIALS, pairs.size(), predOfficials.size() - pairs.size(),
                goldOfficials.size() - pairs.size());
        pairs.forEach(p -> nodeToGold.put(predOfficials.get(p.pred()), goldOfficials.get(p.gold()).name()));
        return predOfficials.stream().filter(n -> !nodeToGold.containsKey(n))
                .map(n -> labels(n).isEmpty() ? "?" : PythonLib.min(labels(n))).sorted(PythonLib.STRINGS).toList();
    }

    private List<String> missedOfficials() {
        Set<String> missed = new TreeSet<>(PythonLib.STRINGS);
        goldOfficials.forEach(o -> missed.add(o.name()));
        missed.removeAll(nodeToGold.values());
        return List.copyOf(missed);
    }

    private Set<String> labels(Node official) {
        return pred.officials().get(official).labels();
    }

    private static double nameScore(Set<String> predLabels, String goldName) {
        String g = normName(goldName);
        return predLabels.stream().anyMatch(l -> normName(l).equals(g)) ? 1.0 : 0.0;
    }

    // ---- titles

    /**
     * Titles of a matched official are matched one to one with the gold ones; those of unmatched officials
     * are all FP or FN. Returns the errors, which the details list for the strict measure.
     */
    private List<DocDetails.TitleError> titles(Measure measure, boolean strict) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<DocDetails.TitleError> misses = new ArrayList<>();
        for (Node n : predOfficials) {
            List<String> predicted = pred.officials().get(n).titles().stream().distinct()
                    .sorted(PythonLib.STRINGS).toList();
            String name = nodeToGold.get(n);
            if (name == null) {
                fp += predicted.size();
                continue;
            }
            // the first gold official of that name, as score.py's next(...)
            List<String> goldTitles = goldOfficials.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow().titles();
            List<GreedyMatch.Pair> tm = GreedyMatch.match(predicted, goldTitles,
                    (a, b) -> TextNorm.titleMatch(a, b, strict));
            tp += tm.size();
            fp += predicted.size() - tm.size();
            fn += goldTitles.size() - tm.size();
            Set<Integer> gotPred = new HashSet<>();
            Set<Integer> gotGold = new HashSet<>();
            tm.forEach(p -> {
                gotPred.add(p.pred());
                gotGold.add(p.gold());
            });
            for (int i = 0; i < predicted.size(); i++) {
                if (!gotPred.contains(i)) {
                    misses.add(new DocDetails.TitleError("FP", name, predicted.get(i)));
                }
            }
            for (int j = 0; j < goldTitles.size(); j++) {
                if (!gotGold.contains(j)) {
                    misses.add(new DocDetails.TitleError("FN", name, goldTitles.get(j)));
                }
            }
        }
        Set<String> matchedGold = new HashSet<>(nodeToGold.values());
        for (GoldReport.Official o : goldOfficials) {
            if (!matchedGold.contains(o.name())) {
                fn += o.titles().size();
                o.titles().forEach(t -> misses.add(new DocDetails.TitleError("FN", o.name(), t)));
            }
        }
        tally.add(measure, tp, fp, fn);
        return misses;
    }

    // ---- Wikidata

    /**
     * For each gold region with a QID: is it linked to that QID? The region is looked up among the predicted
     * regions by name only; one found with other QIDs only is a wrong link.
     */
    private void wikidata() {
        for (GoldReport.Region r : gold.regions()) {
            if (!PythonLib.truthy(r.wikidata())) {
                continue;
            }
            List<PredictedReport.Region> found = pred.regions().stream()
                    .filter(p -> RegionMatch.matches(p.labels(), Set.of(), r)).toList();
            boolean ok = found.stream().anyMatch(p -> p.qids().contains(r.wikidata()));
            boolean wrong = found.stream().anyMatch(p -> !p.qids().isEmpty() && !p.qids().contains(r.wikidata()));
            tally.add(Measure.WIKIDATA, ok ? 1 : 0, wrong && !ok ? 1 : 0, ok ? 0 : 1);
        }
    }
}
